import MiniSearch from 'minisearch';
import { foldText } from '../text/fold-text';

export interface SearchDocument {
  slug: string;
  title: string;
  summary: string;
  tags: string;
  authors: string;
  body: string;
}

export interface SearchHit {
  slug: string;
  score: number;
  /** The document terms that matched, for highlighting. */
  terms: string[];
}

// Fifty pages of results: no reader goes further, and every hit kept costs memory while the page renders.
export const MAX_RESULTS = 500;

/** An empty in-memory BM25 index (MiniSearch) over title, summary, tags, authors and body. */
export function createSearchEngine(): MiniSearch<SearchDocument> {
  return new MiniSearch<SearchDocument>({
    idField: 'slug',
    fields: ['title', 'summary', 'tags', 'authors', 'body'],
    processTerm: (term) => (term.length > 1 ? foldText(term) : null),
  });
}

// Documents indexed between yields: ~3 ms of work, so pages rendering meanwhile are barely delayed.
const CHUNK_SIZE = 10;

/** Indexes `documents` a chunk at a time, yielding to the event loop in between. */
export async function buildSearchEngine(
  documents: readonly SearchDocument[],
): Promise<MiniSearch<SearchDocument>> {
  const engine = createSearchEngine();
  await engine.addAllAsync(documents, { chunkSize: CHUNK_SIZE });
  return engine;
}

/**
 * Ranks articles for a query: title matches weigh most, then tags, summary and authors, then the body;
 * words match by prefix, and tolerate typos when nothing matches as typed. All words must match when
 * any article has them all; otherwise any word may. `isAllowed` filters out what the reader may not
 * see (drafts, scheduled). At most MAX_RESULTS hits, best first.
 * @example search(engine, 'liverpol car', () => true)[0]?.slug // a Liverpool car story, despite the typo
 */
export function search(
  engine: MiniSearch<SearchDocument>,
  query: string,
  isAllowed: (slug: string) => boolean,
): SearchHit[] {
  if (!query) return [];
  const options = {
    boost: { title: 4, tags: 2, summary: 2, authors: 2, body: 1 },
    prefix: (term: string) => term.length >= 3,
    filter: (result: { id: string }) => isAllowed(result.id),
  };
  // Typo matching walks much of the vocabulary (most of a query's cost at 10,000 articles), so it is
  // tried only when the words as typed find nothing.
  const fuzzy = { fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false) };
  let results = engine.search(query, { ...options, combineWith: 'AND' });
  if (results.length === 0) results = engine.search(query, { ...options, ...fuzzy, combineWith: 'AND' });
  if (results.length === 0) results = engine.search(query, { ...options, ...fuzzy, combineWith: 'OR' });
  return results.slice(0, MAX_RESULTS).map((r) => ({ slug: String(r.id), score: r.score, terms: r.terms }));
}
