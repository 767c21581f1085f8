import type MiniSearch from 'minisearch';
import type { Article } from '../content/article';
import type { ContentIndex } from '../content/content-index';
import { type Audience, isVisible } from '../content/visibility';
import { buildSearchEngine, search, type SearchDocument } from './search-engine';

export interface ArticleHit {
  article: Article;
  terms: string[];
  /** The passage of the body around the first match. */
  text: string;
}

const engines = new WeakMap<ContentIndex, MiniSearch<SearchDocument>>();

// Built on the first search rather than with the index, so build workers that never search skip it.
function engineFor(index: ContentIndex): MiniSearch<SearchDocument> {
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
    );
    engines.set(index, engine);
  }
  return engine;
}

/** Searches the articles the audience may see, best match first. */
export function searchArticles(index: ContentIndex, query: string, audience: Audience): ArticleHit[] {
  const allowed = (slug: string) => {
    const article = index.bySlug.get(slug);
    return article !== undefined && isVisible(article, audience);
  };
  return search(engineFor(index), query, allowed).flatMap((hit) => {
    const article = index.bySlug.get(hit.slug);
    return article ? [{ article, terms: hit.terms, text: index.searchText.get(hit.slug) ?? '' }] : [];
  });
}
