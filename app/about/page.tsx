import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { getContentIndex } from '@/lib/content';
import { pageMetadata } from '../_views/page-metadata';

// Like every page, rendered again now and then: the layout's breaking-news banner comes and goes with
// the clock, and a page rendered once at build would keep it (or lack it) until the next deploy.
export const revalidate = 60;

async function aboutPage() {
  const index = await getContentIndex();
  const page = index.pages.get('about');
  if (!page) notFound();
  return { site: index.site, page };
}

export async function generateMetadata(): Promise<Metadata> {
  const { site, page } = await aboutPage();
  return pageMetadata(site, { title: page.title, description: page.description, path: '/about' });
}

export default async function AboutPage() {
  const { page } = await aboutPage();
  return (
    <article className="article">
      <h1>{page.title}</h1>
      <ArticleBody tree={page.tree} />
    </article>
  );
}
