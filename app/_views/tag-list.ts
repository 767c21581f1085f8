import { notFound } from 'next/navigation';
import { getAudience, getContentIndex, visibleArticles } from '@/lib/content';
import type { ListSpec } from './list-view';

/** The published articles with a tag, or 404 when no published article has it. */
export async function tagList(slug: string): Promise<ListSpec & { name: string }> {
  const index = await getContentIndex();
  const articles = visibleArticles(index.byTag.get(slug), getAudience());
  const tag = articles[0]?.tags.find((t) => t.slug === slug);
  if (!tag) notFound();
  return { index, articles, basePath: `/tags/${tag.slug}`, heading: `Topic: ${tag.name}`, name: tag.name };
}
