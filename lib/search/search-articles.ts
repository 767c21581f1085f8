import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import type { Article } from '../content/article';
import { cacheFileFor } from '../content/cache-file';
import type { ContentIndex } from '../content/content-index';
import { resolveContentDir, resolveParseCacheDir } from '../content/content-dir';
import { type Audience, isVisible } from '../content/visibility';
import { onContentChanged, processValue } from '../state/process-state.mjs';
import { liveSearchText } from '../live/live-update';
import { openSearchIndex, type SearchDocument, type SearchIndex } from './search-index';

/**
 * The most matches a search reads: enough to count every filter's choices exactly on any query a
 * reader types (past it, the counts are of the best 10,000), while a page shows twelve.
 */
export const MAX_RESULTS = 10_000;

export interface ArticleHit {
  article: Article;
  terms: string[];
  /** The start of the body, for the snippet around the first match (read when asked). */
  readonly text: string;
}

interface SearchState {
  index?: SearchIndex;
  /** The sync of each content index loaded, so one is indexed once, and searches wait for it. */
  synced: WeakMap<ContentIndex, Promise<SearchIndex>>;
  /** The articles of the last content index this process brought the search index in line with. */
  lastSynced?: ReadonlyMap<string, Article>;
  /**
   * The sync under way, if any: once a reader's search waits for it, it is urgent and stops giving
   * way to other requests (lib/scheduling/time-slices.ts).
   */
  syncing?: { urgent: boolean };
}

// Past this many changed articles, checking every key (sync) costs about what looking each up does.
const MAX_CHANGED = 500;

// One per process: instrumentation.ts warms the index from another bundle than the search page's.
const state = () =>
  processValue('search-engine', (): SearchState => {
    const value: SearchState = { synced: new WeakMap() };
    onContentChanged(() => (value.synced = new WeakMap()));
    return value;
  });

// Next to the parse cache, one per content folder, so a restart re-indexes only what changed.
function openIndex(): SearchIndex {
  const cacheDir = resolveParseCacheDir();
  const file = cacheDir
    ? cacheFileFor(cacheDir, resolveContentDir(), 'search').replace(/\.bin$/, '.sqlite')
    : ':memory:';
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  return openSearchIndex(file);
}

/**
 * The search index brought in line with `index`: only articles that changed since the index was last
 * synced are indexed again (at server start, in slices, so pages keep answering; then after each
 * content change). Never during a build, whose workers never search.
 */
export function prepareSearch(index: ContentIndex, { forReader = false } = {}): Promise<SearchIndex> {
  const current = state();
  let synced = current.synced.get(index);
  if (synced) {
    if (forReader && current.syncing) current.syncing.urgent = true;
    return synced;
  }
  const search = (current.index ??= openIndex());
  const changes = current.lastSynced && changesSince(current.lastSynced, index);
  const stamp = searchStamp(index);
  const syncing = { urgent: forReader };
  // A server started on the build it was built with finds the index stamped for its content: checking
  // 100,000 keys again would take its first seconds from readers.
  const inLine = !changes && stamp !== undefined && search.stamp() === stamp;
  const done = changes
    ? Promise.resolve(search.refresh(documentsOf(index, changes.changed), changes.removed, stamp))
    : inLine
      ? Promise.resolve()
      : search.sync(documentsOf(index), { urgent: () => syncing.urgent, stamp });
  if (!changes && !inLine) current.syncing = syncing;
  const settle = () => {
    if (current.syncing === syncing) current.syncing = undefined;
  };
  synced = done.then(
    () => {
      current.lastSynced = index.bySlug;
      settle();
      return search;
    },
    (error: unknown) => {
      current.synced.delete(index); // the next search tries again
      settle();
      throw error;
    },
  );
  current.synced.set(index, synced);
  return synced;
}

/**
 * Indexes again the named articles that changed since the index last saw them: a live story's
 * updates are in its document, and the server's live watcher calls this when they change.
 */
export async function refreshSearch(index: ContentIndex, slugs: readonly string[]): Promise<number> {
  const search = await prepareSearch(index);
  const articles = slugs.flatMap((slug) => index.bySlug.get(slug) ?? []);
  return search.refresh(documentsOf(index, articles), [], searchStamp(index));
}

// Bump when what an article is indexed by changes without its content changing (the fields below,
// foldText): an index stamped by older code is then synced again.
const DOCUMENTS_VERSION = 1;

/**
 * What the search index holds when it is in line with `index`: the files the index was read from
 * (its signature) and the live stories' updates, which are outside them. Undefined for an index
 * that was not read from files (tests build some directly), which is always synced.
 */
function searchStamp(index: ContentIndex): string | undefined {
  if (index.signature === undefined) return undefined;
  const hash = createHash('sha256').update(`${DOCUMENTS_VERSION}\n${index.signature}`);
  for (const article of index.articles) {
    if (article.type !== 'live') continue;
    const coverage = index.live?.coverage(article.slug);
    hash.update(`\n${article.slug}\n${coverage ? liveSearchText(coverage.updates) : ''}`);
  }
  return hash.digest('base64url');
}

/** Searches the articles the audience may see, best match first. */
export async function searchArticles(
  index: ContentIndex,
  query: string,
  audience: Audience,
): Promise<ArticleHit[]> {
  const search = await prepareSearch(index, { forReader: true });
  return search.search(query, { ...audience, limit: MAX_RESULTS }).flatMap((hit) => {
    const article = index.bySlug.get(hit.slug);
    if (!article || !isVisible(article, audience)) return [];
    return [
      {
        article,
        terms: hit.terms,
        get text() {
          return hit.lead;
        },
      },
    ];
  });
}

/**
 * "Did you mean …?": the query spelt with the index's own words, when some of its words match none
 * as typed (the results then come from corrections), and the spelling finds something.
 */
export async function suggestQuery(
  index: ContentIndex,
  query: string,
  audience: Audience,
): Promise<string | undefined> {
  const search = await prepareSearch(index, { forReader: true });
  const suggestion = search.suggest(query);
  if (!suggestion) return undefined;
  return (await searchArticles(index, suggestion, audience)).length > 0 ? suggestion : undefined;
}

// A publish's index keeps every unchanged article as the same object (reload-changes.ts), so what
// changed since the last synced index is found by identity, without hashing 100,000 documents;
// undefined when too much changed (a full load makes every article anew), for a sync instead.
function changesSince(
  before: ReadonlyMap<string, Article>,
  index: ContentIndex,
): { changed: Article[]; removed: string[] } | undefined {
  const changed: Article[] = [];
  for (const article of index.articles) {
    if (before.get(article.slug) === article) continue;
    changed.push(article);
    if (changed.length > MAX_CHANGED) return undefined;
  }
  const removed = [...before.keys()].filter((slug) => !index.bySlug.has(slug));
  return removed.length > MAX_CHANGED ? undefined : { changed, removed };
}

// Each article's key covers what it is indexed by: an unchanged article is not indexed again, and
// its body text (read from disk) is read only when it is. A live story is found by its updates too.
function* documentsOf(
  index: ContentIndex,
  articles: Iterable<Article> = index.articles,
): Generator<SearchDocument> {
  for (const article of articles) {
    const fields = {
      slug: article.slug,
      title: article.title,
      tags: article.tags.map((t) => t.name).join(' '),
      summary: article.summary,
      authors: article.authors.map((id) => index.authors.get(id)?.name ?? id).join(' '),
      section: article.section,
      date: article.date,
      draft: article.draft,
    };
    const coverage = article.type === 'live' ? index.live?.coverage(article.slug) : undefined;
    const updates = coverage ? liveSearchText(coverage.updates) : '';
    const key = createHash('sha256')
      .update(JSON.stringify([fields, article.bodyKey, updates]))
      .digest('base64url');
    yield {
      ...fields,
      key,
      get body() {
        const body = index.bodyStart(article.slug);
        return updates ? `${body}\n\n${updates}` : body;
      },
    };
  }
}
