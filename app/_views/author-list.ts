import { notFound } from 'next/navigation';
import { getAudience, getContentIndex, visibleArticles } from '@/lib/content';
import type { Author } from '@/lib/content/author-schema';
import type { ListSpec } from './list-view';

/** An author and their published articles, or 404 for an unknown author. */
export async function authorList(id: string): Promise<ListSpec & { author: Author }> {
  const index = await getContentIndex();
  const author = index.authors.get(id);
  if (!author) notFound();
  return {
    index,
    articles: visibleArticles(index.byAuthor.get(id), getAudience()),
    basePath: `/authors/${id}`,
    heading: author.name,
    author,
  };
}
