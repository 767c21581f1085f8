import type { Article } from '../content/article';
import { pickLeadStory } from '../content/queries';
import { paginate, type Paged } from './paginate';

export interface ListPage extends Paged<Article> {
  /** The lead story, on page 1 of lists that have one. */
  lead?: Article;
}

/**
 * One page of a newest-first list, with the lead story (newest featured, else newest) lifted out of
 * page 1 when `withLead` is set. Undefined for a page past the end.
 */
export function selectPage(
  articles: readonly Article[],
  page: number,
  withLead: boolean,
): ListPage | undefined {
  const lead = withLead ? pickLeadStory(articles) : undefined;
  const rest = lead ? articles.filter((a) => a !== lead) : articles;
  const paged = paginate(rest, page);
  if (!paged) return undefined;
  return { ...paged, lead: page === 1 ? lead : undefined };
}
