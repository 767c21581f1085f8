import type { Article } from '../content/article';
import type { ContentIndex } from '../content/content-index';
import { type Audience, isVisible } from '../content/visibility';

// The link graph reversed, once per content index: which stories link to each story.
const linkedFrom = new WeakMap<ContentIndex, Map<string, Article[]>>();

/**
 * The stories published after `article` that link to it (the links the content check follows),
 * newest first, as the audience may see them: never drafts, scheduled stories or the story itself.
 * A story published later appears here at the earlier story's next render, with no rebuild.
 */
export function followUps(index: ContentIndex, article: Article, audience: Audience): Article[] {
  let graph = linkedFrom.get(index);
  if (!graph) {
    graph = new Map();
    // index.articles is newest first, so each list is too.
    for (const from of index.articles)
      for (const slug of from.linksTo) {
        const list = graph.get(slug);
        if (list) list.push(from);
        else graph.set(slug, [from]);
      }
    linkedFrom.set(index, graph);
  }
  return (graph.get(article.slug) ?? []).filter(
    (from) => from.slug !== article.slug && from.date > article.date && isVisible(from, audience),
  );
}
