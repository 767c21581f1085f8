import type { Metadata } from 'next';
import { ArticleBody } from '@/components/article-body';
import { resolveContentDir } from '@/lib/content/content-dir';
import { loadPage } from '@/lib/content/load-page';

export async function generateMetadata(): Promise<Metadata> {
  const page = await loadPage(resolveContentDir(), 'about');
  return { title: page.title, description: page.description, alternates: { canonical: '/about' } };
}

export default async function AboutPage() {
  const page = await loadPage(resolveContentDir(), 'about');
  return (
    <article className="article">
      <h1>{page.title}</h1>
      <ArticleBody html={page.html} />
    </article>
  );
}
