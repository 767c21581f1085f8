import type { Article, Tag } from '../content/article';

export interface TagCount extends Tag {
  count: number;
}

/** Tags with the number of given articles carrying each, most used first, then by name. */
export function countTags(articles: readonly Article[]): TagCount[] {
  const counts = new Map<string, TagCount>();
  for (const article of articles) {
    for (const tag of article.tags) {
      const entry = counts.get(tag.slug);
      if (entry) entry.count += 1;
      else counts.set(tag.slug, { ...tag, count: 1 });
    }
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}
