import Database from 'better-sqlite3';
import { timeSlices } from '../scheduling/time-slices';
import { foldText } from '../text/fold-text';
import { corrections, matchExpression, queryTerms } from './query-terms';

/** What the index holds of an article: its searchable fields, and what filters and snippets need. */
export interface SearchDocument {
  slug: string;
  /** Changes whenever the article does (its parse's content hash): an unchanged key is not re-indexed. */
  key: string;
  title: string;
  tags: string;
  summary: string;
  authors: string;
  /** The start of the body as plain text: searched, and the source of the result's snippet. */
  body: string;
  section: string;
  /** ISO 8601 instant. */
  date: string;
  draft: boolean;
}

export interface SearchHit {
  slug: string;
  /** FTS5's bm25 with the field weights: lower is better. */
  score: number;
  /** The words to highlight: the query's (matching words they begin) and the corrections used. */
  terms: string[];
  /** The body's start, for the snippet: read from the index when asked, so only shown hits pay for it. */
  readonly lead: string;
}

export interface SearchOptions {
  /** Readers see only what is published by `now`; editors previewing see everything. */
  now: Date;
  preview: boolean;
  limit: number;
}

// Title matches weigh most, then tags, summary and authors, then the body, as they did with MiniSearch.
const WEIGHTS = [4, 2, 2, 2, 1];
const SCHEMA = `
  PRAGMA journal_mode = WAL;
  PRAGMA synchronous = NORMAL; -- in WAL, still never corrupt; a power cut loses at most the last slices, which the next sync redoes
  CREATE TABLE IF NOT EXISTS docs (
    id INTEGER PRIMARY KEY, slug TEXT NOT NULL UNIQUE, key TEXT NOT NULL, section TEXT NOT NULL,
    date TEXT NOT NULL, draft INTEGER NOT NULL, lead TEXT NOT NULL);
  CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, tags, summary, authors, body,
    content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 0 categories 'L* N* Co M*'");
  CREATE VIRTUAL TABLE IF NOT EXISTS vocab USING fts5vocab(fts, 'row');
  CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);`;

/**
 * The site's search index: SQLite's FTS5 (through better-sqlite3) in `file`, or in memory for
 * ':memory:'. Text is folded by foldText before it is indexed and before it is searched, so both
 * sides agree on accents and case. Words match by prefix; when the words as typed find nothing,
 * typos are corrected from the index's own vocabulary; all words must match, else any may.
 * Kept on disk, it costs the server no heap, and updates one document per changed article.
 */
export function openSearchIndex(file: string) {
  const db = new Database(file);
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);
  const statements = {
    keys: db.prepare<[], { id: number; slug: string; key: string }>('SELECT id, slug, key FROM docs'),
    keyOf: db.prepare<[string], { id: number; key: string }>('SELECT id, key FROM docs WHERE slug = ?'),
    insertDoc: db.prepare(
      'INSERT INTO docs (slug, key, section, date, draft, lead) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    deleteDoc: db.prepare('DELETE FROM docs WHERE id = ?'),
    insertText: db.prepare(
      'INSERT INTO fts (rowid, title, tags, summary, authors, body) VALUES (?, ?, ?, ?, ?, ?)',
    ),
    deleteText: db.prepare('DELETE FROM fts WHERE rowid = ?'),
    vocabulary: db.prepare<[string, string], { term: string }>(
      'SELECT term FROM vocab WHERE term >= ? AND term < ?',
    ),
    lead: db.prepare<[string], { lead: string }>('SELECT lead FROM docs WHERE slug = ?'),
    stamp: db.prepare<[], { value: string }>("SELECT value FROM meta WHERE name = 'stamp'"),
    setStamp: db.prepare<[string]>("INSERT OR REPLACE INTO meta (name, value) VALUES ('stamp', ?)"),
    clearStamp: db.prepare("DELETE FROM meta WHERE name = 'stamp'"),
    search: db.prepare<[string, number, string, number], { slug: string; score: number }>(
      `SELECT d.slug, bm25(fts, ${WEIGHTS.join(', ')}) AS score FROM fts JOIN docs d ON d.id = fts.rowid
       WHERE fts MATCH ? AND (? OR (d.draft = 0 AND d.date <= ?)) ORDER BY score LIMIT ?`,
    ),
  };

  const remove = (id: number) => {
    statements.deleteText.run(id);
    statements.deleteDoc.run(id);
  };
  const add = (doc: SearchDocument) => {
    const { lastInsertRowid } = statements.insertDoc.run(
      doc.slug,
      doc.key,
      doc.section,
      doc.date,
      doc.draft ? 1 : 0,
      doc.body,
    );
    const fields = [doc.title, doc.tags, doc.summary, doc.authors, doc.body].map(foldText);
    statements.insertText.run(lastInsertRowid, ...fields);
  };
  // A slice of documents commits together, each removal with its insertion: a crash leaves the
  // index as it was for every slice not yet committed, and the next sync picks up where this one
  // stopped. (One commit per document made a first index of 100,000 stories wait on 100,000 syncs.)
  const replaceAll = db.transaction((changes: readonly [number | undefined, SearchDocument][]) => {
    for (const [id, doc] of changes) {
      if (id !== undefined) remove(id);
      add(doc);
    }
  });
  const removeAll = db.transaction((ids: readonly number[]) => ids.forEach(remove));
  // The stamp says which documents the index holds: it is written in the commit that completes them,
  // and cleared before a sync, which may stop half-way, changes anything.
  const stampWith = (stamp: string | undefined) =>
    stamp === undefined ? statements.clearStamp.run() : statements.setStamp.run(stamp);
  const update = db.transaction(
    (changes: readonly [number | undefined, SearchDocument][], gone: readonly number[], stamp?: string) => {
      replaceAll(changes);
      removeAll(gone);
      stampWith(stamp);
    },
  );

  function find(query: string, options: SearchOptions): SearchHit[] {
    const terms = queryTerms(query);
    if (terms.length === 0) return [];
    const run = (expression: string) =>
      statements.search.all(expression, options.preview ? 1 : 0, options.now.toISOString(), options.limit);
    let hits = run(
      matchExpression(
        terms.map((t) => [t, []]),
        false,
      ),
    );
    let used: string[] = terms;
    // Typo matching walks part of the vocabulary, so it is tried only when the words as typed find nothing.
    if (hits.length === 0) {
      const fixed = terms.map((term) => {
        const first = [...term][0] ?? '';
        const next = String.fromCodePoint((first.codePointAt(0) ?? 0) + 1);
        return [
          term,
          corrections(
            term,
            statements.vocabulary.all(first, next).map((r) => r.term),
          ),
        ] as const;
      });
      used = [...terms, ...fixed.flatMap(([, words]) => words)];
      hits = run(matchExpression(fixed, false));
      if (hits.length === 0 && fixed.length > 1) hits = run(matchExpression(fixed, true));
    }
    // A page shows ten of up to 500 hits: copying every hit's 1,500 characters out of SQLite was
    // most of a query's cost.
    return hits.map((hit) => ({
      slug: hit.slug,
      score: hit.score,
      terms: used,
      get lead() {
        return statements.lead.get(hit.slug)?.lead ?? '';
      },
    }));
  }

  /**
   * The query as the index's own words would spell it: each word no indexed word begins, replaced by
   * its closest correction; undefined when every word is found as typed, or none can be corrected.
   */
  function suggest(query: string): string | undefined {
    const terms = queryTerms(query);
    let changed = false;
    const words = terms.map((term) => {
      const first = [...term][0] ?? '';
      const next = String.fromCodePoint((first.codePointAt(0) ?? 0) + 1);
      const vocabulary = statements.vocabulary.all(first, next).map((r) => r.term);
      if (vocabulary.some((word) => word.startsWith(term))) return term;
      const [best] = corrections(term, vocabulary);
      if (best) changed = true;
      return best ?? term;
    });
    return changed ? words.join(' ') : undefined;
  }

  return {
    /** The stamp of the last sync or refresh that completed with one, if no sync has begun since. */
    stamp: (): string | undefined => statements.stamp.get()?.value,
    /**
     * Brings the index in line with `documents`: each new or changed one (by key) is indexed, each
     * gone one removed; unchanged ones cost a lookup. Commits every `chunk` changed documents and
     * works in time slices, so a server indexing a large archive keeps answering (giving way to readers'
     * requests unless `urgent` says one waits for this sync). Once every document is in, the index
     * is stamped with `stamp`, which names them (see `stamp`).
     */
    async sync(
      documents: Iterable<SearchDocument>,
      { chunk = 200, urgent, stamp }: { chunk?: number; urgent?: () => boolean; stamp?: string } = {},
    ): Promise<{ indexed: number; removed: number }> {
      stampWith(undefined);
      const known = new Map(statements.keys.all().map((row) => [row.slug, row]));
      let indexed = 0;
      let changes: [number | undefined, SearchDocument][] = [];
      const commit = () => {
        replaceAll(changes);
        indexed += changes.length;
        changes = [];
      };
      const pause = timeSlices(undefined, { urgent });
      for (const doc of documents) {
        // Unchanged documents take their turn too: checking 100,000 keys is a second of the thread.
        await pause();
        const row = known.get(doc.slug);
        known.delete(doc.slug);
        if (row?.key === doc.key) continue;
        changes.push([row?.id, doc]);
        if (changes.length >= chunk) commit();
      }
      update(
        changes,
        [...known.values()].map((row) => row.id),
        stamp,
      );
      indexed += changes.length;
      return { indexed, removed: known.size };
    },
    /**
     * Indexes again those of `documents` whose key changed (a live story with a new update, a
     * published article) and removes the `removed` slugs, in one commit, leaving every other
     * document as it is; returns how many were indexed. The index is stamped with `stamp`, or its
     * stamp cleared without one.
     */
    refresh(documents: Iterable<SearchDocument>, removed: Iterable<string> = [], stamp?: string): number {
      const changes: [number | undefined, SearchDocument][] = [];
      for (const doc of documents) {
        const row = statements.keyOf.get(doc.slug);
        if (row?.key !== doc.key) changes.push([row?.id, doc]);
      }
      const gone = [...removed].flatMap((slug) => statements.keyOf.get(slug)?.id ?? []);
      update(changes, gone, stamp);
      return changes.length;
    },
    search: find,
    suggest,
    close: () => db.close(),
  };
}

export type SearchIndex = ReturnType<typeof openSearchIndex>;
