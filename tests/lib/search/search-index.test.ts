import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import MiniSearch from 'minisearch';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanQuery } from '@/lib/search/clean-query';
import { openSearchIndex, type SearchDocument } from '@/lib/search/search-index';
import { foldText } from '@/lib/text/fold-text';
import { loadFixtureIndex } from '../../support/load-fixture-index';

const reader = { now: new Date('2026-11-20T12:00:00Z'), preview: false, limit: 500 };
const doc = (slug: string, fields: Partial<SearchDocument>): SearchDocument => ({
  slug,
  key: `${slug}-1`,
  title: '',
  summary: '',
  tags: '',
  authors: '',
  body: '',
  section: 'news',
  date: '2026-11-01T09:00:00.000Z',
  draft: false,
  ...fields,
});
const documents = [
  doc('title-match', { title: 'Tram extension opens', body: 'Passengers rode the new line.' }),
  doc('body-match', {
    title: 'Council meeting',
    body: 'Councillors discussed the tram timetable at length.',
  }),
  doc('liverpool', {
    title: 'Carmaker picks Liverpool',
    body: 'Engineers will design batteries.',
    tags: 'manufacturing jobs',
  }),
  doc('draft', { title: 'Secret tram plan', body: 'Unpublished.', draft: true }),
  doc('scheduled', { title: 'Tomorrow’s weather', date: '2099-01-01T00:00:00.000Z' }),
  doc('author', { title: 'Weather', authors: 'Amara Okafor' }),
];
async function indexOf(docs: readonly SearchDocument[]) {
  const index = openSearchIndex(':memory:');
  await index.sync(docs);
  return index;
}
const engine = await indexOf(documents);
const slugs = (query: string, options = reader) => engine.search(query, options).map((h) => h.slug);

describe('the search index', () => {
  it('suggests the query spelt with its own words when a word matches none as typed', () => {
    expect(engine.suggest('liverpol batteris')).toBe('liverpool batteries');
    expect(engine.suggest('Liverpool batteries')).toBeUndefined();
    expect(engine.suggest('tram batteris')).toBe('tram batteries');
    expect(engine.suggest('zzqqxx')).toBeUndefined();
  });

  it('matches typos only when the words as typed find nothing', async () => {
    const towns = await indexOf([
      doc('leeds', { title: 'Leeds tram' }),
      doc('seeds', { title: 'Seeds of doubt' }),
    ]);
    const found = (query: string) => towns.search(query, reader).map((h) => h.slug);
    expect(found('leeds')).toEqual(['leeds']);
    expect(found('leedz')).toEqual(['leeds']);
    expect(found('seedz')).toEqual(['seeds']);
  });

  it('keeps the best hits up to the limit', async () => {
    const crowd = await indexOf(
      Array.from({ length: 600 }, (_, i) =>
        doc(`s${i}`, { title: i === 7 ? 'rain rain' : 'rain', body: 'a b c d e' }),
      ),
    );
    const hits = crowd.search('rain', reader);
    expect(hits).toHaveLength(500);
    expect(hits[0]?.slug).toBe('s7');
  });

  it('ranks a title match above a body match', () => {
    const ranked = slugs('tram');
    expect(ranked.indexOf('title-match')).toBeLessThan(ranked.indexOf('body-match'));
    expect(ranked).toHaveLength(2);
  });

  it('finds words by their start and despite a typo', () => {
    expect(slugs('Liver')).toEqual(['liverpool']);
    expect(slugs('Liverpol')).toEqual(['liverpool']);
    expect(slugs('manufactoring')).toEqual(['liverpool']);
    expect(slugs('LIVERPOOL')).toEqual(['liverpool']);
  });

  it('searches tags and author names', () => {
    expect(slugs('jobs')).toEqual(['liverpool']);
    expect(slugs('okafor')).toEqual(['author']);
  });

  it('never returns what the reader may not see, and everything to an editor in preview', () => {
    expect(slugs('secret')).toEqual([]);
    expect(slugs('tomorrow')).toEqual([]);
    expect(slugs('secret', { ...reader, preview: true })).toEqual(['draft']);
    expect(slugs('tomorrow', { ...reader, now: new Date('2099-01-02') })).toEqual(['scheduled']);
  });

  it('prefers articles with every word, and falls back to any word', () => {
    expect(slugs('tram extension')[0]).toBe('title-match');
    expect(slugs('tram zebra').sort()).toEqual(['body-match', 'title-match']);
  });

  it('reports the words to highlight: the query’s, and the corrections it needed', () => {
    expect(engine.search('liverpol', reader)[0]?.terms).toEqual(['liverpol', 'liverpool']);
    expect(engine.search('Council', reader)[0]?.terms).toEqual(['council']);
  });

  it('returns nothing for an empty query or one with no words, and survives FTS syntax', () => {
    expect(slugs('')).toEqual([]);
    expect(slugs('!!! ??? ---')).toEqual([]);
    for (const hostile of [
      '"',
      'tram"',
      'NEAR(tram',
      'title:tram',
      'tram*',
      '^tram',
      'AND OR NOT',
      '-tram +council',
    ])
      expect(() => slugs(cleanQuery(hostile)), hostile).not.toThrow();
    expect(slugs('title:tram')).toContain('title-match');
  });

  it('finds an edited article by its new words and not its old ones, and forgets a deleted one', async () => {
    const index = await indexOf(documents);
    const edited = doc('title-match', { key: 'title-match-2', title: 'Bus station opens' });
    const result = await index.sync([edited, ...documents.slice(1).filter((d) => d.slug !== 'author')]);
    expect(result).toEqual({ indexed: 1, removed: 1 });
    const found = (query: string) => index.search(query, reader).map((h) => h.slug);
    expect(found('bus')).toEqual(['title-match']);
    expect(found('extension')).toEqual([]);
    expect(found('okafor')).toEqual([]);
  });

  it('keeps answering from the last complete state of each article when an update stops half-way', async () => {
    const index = await indexOf(documents);
    const bus = doc('title-match', { key: 'title-match-2', title: 'Bus station opens' });
    const ferry = doc('liverpool', { key: 'liverpool-2', title: 'Ferry returns to Birkenhead' });
    const heron = doc('author', { key: 'author-2', title: 'Herons nest early' });
    // Slices of two: the first two commit together; the third is in the slice the "crash" stops.
    function* halfway() {
      yield bus;
      yield ferry;
      yield heron;
      throw new Error('the process died');
    }
    await expect(index.sync(halfway(), { chunk: 2 })).rejects.toThrow('the process died');
    const found = (query: string) => index.search(query, reader).map((h) => h.slug);
    expect(found('bus')).toEqual(['title-match']);
    expect(found('ferry')).toEqual(['liverpool']);
    expect(found('herons')).toEqual([]);
    expect(found('weather')).toContain('author');
    expect(await index.sync([bus, documents[1]!, ferry, ...documents.slice(3, 5), heron])).toEqual({
      indexed: 1,
      removed: 0,
    });
    expect(found('herons')).toEqual(['author']);
  });

  it('re-indexes nothing on a restart when nothing changed', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'search-index-'));
    try {
      const file = path.join(dir, 'search.sqlite');
      const first = openSearchIndex(file);
      expect(await first.sync(documents)).toEqual({ indexed: documents.length, removed: 0 });
      first.close();
      const second = openSearchIndex(file);
      expect(await second.sync(documents)).toEqual({ indexed: 0, removed: 0 });
      expect(second.search('tram', reader).length).toBe(2);
      second.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the search index’s stamp', () => {
  it('names the documents of the last sync or refresh that completed, and none once a sync begins', async () => {
    const index = openSearchIndex(':memory:');
    expect(index.stamp()).toBeUndefined();
    await index.sync(documents, { stamp: 'content-a' });
    expect(index.stamp()).toBe('content-a');
    index.refresh([doc('title-match', { key: 'title-match-2', title: 'Bus' })], [], 'content-b');
    expect(index.stamp()).toBe('content-b');
    index.refresh([doc('title-match', { key: 'title-match-3', title: 'Ferry' })]);
    expect(index.stamp()).toBeUndefined();
  });

  it('is cleared by a sync that stops half-way, so the next start syncs again', async () => {
    const index = await indexOf(documents);
    await index.sync(documents, { stamp: 'content-a' });
    function* halfway() {
      yield doc('title-match', { key: 'title-match-2', title: 'Bus station opens' });
      throw new Error('the process died');
    }
    await expect(index.sync(halfway(), { chunk: 1, stamp: 'content-b' })).rejects.toThrow('the process died');
    expect(index.stamp()).toBeUndefined();
  });
});

// The engine this index replaced, configured as it was, is the reference for the sample content.
describe('on the fixture archive, against the engine it replaced (MiniSearch)', async () => {
  const index = await loadFixtureIndex();
  const docs: SearchDocument[] = index.articles.map((a) => ({
    slug: a.slug,
    key: a.bodyKey,
    title: a.title,
    tags: a.tags.map((t) => t.name).join(' '),
    summary: a.summary,
    authors: a.authors.map((id) => index.authors.get(id)?.name ?? id).join(' '),
    body: index.bodyStart(a.slug),
    section: a.section,
    date: a.date,
    draft: a.draft,
  }));
  const ours = await indexOf(docs);
  const theirs = new MiniSearch<SearchDocument>({
    idField: 'slug',
    fields: ['title', 'summary', 'tags', 'authors', 'body'],
    processTerm: (term) => (term.length > 1 ? foldText(term) : null),
  });
  theirs.addAll(docs);
  const visible = new Set(
    docs.filter((d) => !d.draft && d.date <= reader.now.toISOString()).map((d) => d.slug),
  );
  const reference = (query: string) => {
    const options = {
      boost: { title: 4, tags: 2, summary: 2, authors: 2, body: 1 },
      prefix: (term: string) => term.length >= 3,
      filter: (result: { id: string }) => visible.has(result.id),
    };
    const fuzzy = { fuzzy: (term: string) => (term.length >= 4 ? 0.2 : false) };
    let results = theirs.search(query, { ...options, combineWith: 'AND' });
    if (results.length === 0) results = theirs.search(query, { ...options, ...fuzzy, combineWith: 'AND' });
    if (results.length === 0) results = theirs.search(query, { ...options, ...fuzzy, combineWith: 'OR' });
    return results;
  };

  it.each([
    'liverpool',
    'Liverpool',
    'liver',
    'liverpol',
    'council',
    'council budget',
    'battery',
    'batery jobs',
    'ada',
    'docks',
    'car plant',
    'regeneration',
    'zebra',
  ])('finds the same stories for "%s", and the same best one where it clearly leads', (query) => {
    const found = ours.search(query, reader).map((h) => h.slug);
    const expected = reference(query);
    expect(new Set(found)).toEqual(new Set(expected.map((r) => String(r.id))));
    // The two score length differently, so stories within a tenth of each other may swap places.
    const [first, second] = expected;
    if (first && (!second || first.score > 1.1 * second.score)) expect(found[0]).toBe(String(first.id));
  });
});

describe('cleanQuery', () => {
  it('trims, drops control and text-direction characters, and bounds length and words', () => {
    expect(cleanQuery('  rail\u0000 strike ')).toBe('rail strike');
    expect(cleanQuery('rail \u202Eekirts\u202C')).toBe('rail ekirts');
    expect(cleanQuery('x'.repeat(500))).toHaveLength(200);
    expect(cleanQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')).split(' ')).toHaveLength(12);
    expect(cleanQuery(['first', 'second'])).toBe('first');
    expect(cleanQuery(undefined)).toBe('');
  });
});
