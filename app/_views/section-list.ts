import { notFound } from 'next/navigation';
import { getAudience, getContentIndex, visibleArticles } from '@/lib/content';
import type { ListSpec } from './list-view';

/** The list behind a section page, or 404 for an unknown section. */
export async function sectionList(slug: string): Promise<ListSpec & { description: string; name: string }> {
  const index = await getContentIndex();
  const section = index.sections.find((s) => s.slug === slug);
  if (!section) notFound();
  return {
    index,
    articles: visibleArticles(index.bySection.get(section.slug), getAudience()),
    basePath: `/${section.slug}`,
    heading: section.name,
    intro: section.description,
    withLead: true,
    name: section.name,
    description: section.description,
  };
}
