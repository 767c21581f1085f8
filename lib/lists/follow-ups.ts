import type { Article } from '../content/article';
import type { ContentIndex } from '../content/content-index';
import { groupBy } from '../content/group-by';
import { perIndex } from '../content/per-index';
import { type Audience, isVisible } from '../content/visibility';

// The link graph reversed, once per content index: which stories link to each, newest first as the index is.
const linkedFrom = perIndex((index) => groupBy(index.articles, (from) => from.linksTo));

/**
 * The stories published after `article` that link to it (the links the content check follows),
 * newest first, as the audience may see them: never drafts, scheduled stories or the story itself.
 * A story published later appears here at the earlier story's next render, with no rebuild.
 */
export function followUps(index: ContentIndex, article: Article, audience: Audience): Article[] {
  return (linkedFrom(index).get(article.slug) ?? []).filter(
    (from) => from.slug !== article.slug && from.date > article.date && isVisible(from, audience),
  );
}
