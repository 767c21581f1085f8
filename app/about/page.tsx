import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { getContentIndex } from '@/lib/content';
import { resolveContentDir } from '@/lib/content/content-dir';
import { loadPage } from '@/lib/content/load-page';
import { pageMetadata } from '../_views/page-metadata';

export async function generateMetadata(): Promise<Metadata> {
  const page = await loadPage(resolveContentDir(), 'about');
  if (!page) notFound();
  const { site } = await getContentIndex();
  return pageMetadata(site, { title: page.title, description: page.description, path: '/about' });
}

export default async function AboutPage() {
  const page = await loadPage(resolveContentDir(), 'about');
  if (!page) notFound();
  return (
    <article className="article">
      <h1>{page.title}</h1>
      <ArticleBody tree={page.tree} />
    </article>
  );
}
