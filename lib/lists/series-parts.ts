import type { Article } from '../content/article';
import type { ContentIndex } from '../content/content-index';
import { groupBy } from '../content/group-by';
import { perIndex } from '../content/per-index';
import { type Audience, isVisible } from '../content/visibility';

// Each series' stories, oldest first (the index is newest first), once per content index: every part's page asks.
const partsBySeries = perIndex((index) =>
  groupBy(index.articles.toReversed(), (article) => (article.series ? [article.series] : [])),
);

/** A series' parts the audience may see, oldest first: part 1 is the first published. */
export function seriesParts(index: ContentIndex, id: string, audience: Audience): Article[] {
  return (partsBySeries(index).get(id) ?? []).filter((article) => isVisible(article, audience));
}

/** Where a story sits in its series: "Part 3 of 7", with the parts either side. */
export interface SeriesPosition {
  id: string;
  name: string;
  part: number;
  of: number;
  previous?: Article;
  next?: Article;
}

/** The story's place in its series as the audience sees it, or undefined when it is in none. */
export function seriesPosition(
  index: ContentIndex,
  article: Article,
  audience: Audience,
): SeriesPosition | undefined {
  const series = article.series ? index.series.get(article.series) : undefined;
  if (!series) return undefined;
  const parts = seriesParts(index, series.id, audience);
  const at = parts.indexOf(article);
  if (at === -1) return undefined;
  return {
    id: series.id,
    name: series.name,
    part: at + 1,
    of: parts.length,
    previous: parts[at - 1],
    next: parts[at + 1],
  };
}
