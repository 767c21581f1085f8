import type MiniSearch from 'minisearch';
import type { Article } from '../content/article';
import type { ContentIndex } from '../content/content-index';
import { type Audience, isVisible } from '../content/visibility';
import { onContentChanged, processValue } from '../state/process-state.mjs';
import { buildSearchEngine, search, type SearchDocument } from './search-engine';

export interface ArticleHit {
  article: Article;
  terms: string[];
  /** The passage of the body around the first match. */
  text: string;
}

type Engines = WeakMap<ContentIndex, Promise<MiniSearch<SearchDocument>>>;
// One per process: instrumentation.ts warms the engine from another bundle than the search page's.
const searchEngines = () =>
  processValue('search-engine', () => {
    const engines = { byIndex: new WeakMap() as Engines };
    onContentChanged(() => (engines.byIndex = new WeakMap()));
    return engines;
  });

/**
 * The search index of `index`, built once, a chunk at a time so a large archive does not stall other
 * requests. Built on the first search, or when the server starts (instrumentation.ts), never in a build.
 */
export function prepareSearch(index: ContentIndex): Promise<MiniSearch<SearchDocument>> {
  const engines = searchEngines().byIndex;
  let engine = engines.get(index);
  if (!engine) {
    engine = buildSearchEngine(
      index.articles.map((a) => ({
        slug: a.slug,
        title: a.title,
        summary: a.summary,
        tags: a.tags.map((t) => t.name).join(' '),
        authors: a.authors.map((id) => index.authors.get(id)?.name ?? id).join(' '),
        body: index.searchText.get(a.slug) ?? '',
      })),
    ).catch((error: unknown) => {
      engines.delete(index); // the next search tries again
      throw error;
    });
    engines.set(index, engine);
  }
  return engine;
}

/** Searches the articles the audience may see, best match first. */
export async function searchArticles(
  index: ContentIndex,
  query: string,
  audience: Audience,
): Promise<ArticleHit[]> {
  const allowed = (slug: string) => {
    const article = index.bySlug.get(slug);
    return article !== undefined && isVisible(article, audience);
  };
  return search(await prepareSearch(index), query, allowed).flatMap((hit) => {
    const article = index.bySlug.get(hit.slug);
    return article ? [{ article, terms: hit.terms, text: index.searchText.get(hit.slug) ?? '' }] : [];
  });
}
