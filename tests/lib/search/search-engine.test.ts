import { describe, expect, it } from 'vitest';
import {
  buildSearchEngine,
  createSearchEngine,
  MAX_RESULTS,
  search,
  type SearchDocument,
} from '@/lib/search/search-engine';
import { cleanQuery } from '@/lib/search/clean-query';

const doc = (slug: string, fields: Partial<SearchDocument>): SearchDocument => ({
  slug,
  title: '',
  summary: '',
  tags: '',
  authors: '',
  body: '',
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
  doc('draft', { title: 'Secret tram plan', body: 'Unpublished.' }),
  doc('author', { title: 'Weather', authors: 'Amara Okafor' }),
];
// Indexed in one go, the plain MiniSearch way: the reference for the sliced builder.
function indexAtOnce(docs: readonly SearchDocument[]) {
  const built = createSearchEngine();
  built.addAll(docs);
  return built;
}
const engine = indexAtOnce(documents);
const all = () => true;
const slugs = (query: string, allowed: (slug: string) => boolean = all) =>
  search(engine, query, allowed).map((h) => h.slug);

describe('search', () => {
  it('matches typos only when the words as typed find nothing', () => {
    const towns = indexAtOnce([
      doc('leeds', { title: 'Leeds tram' }),
      doc('seeds', { title: 'Seeds of doubt' }),
    ]);
    const found = (query: string) => search(towns, query, all).map((h) => h.slug);
    expect(found('leeds')).toEqual(['leeds']);
    expect(found('leedz')).toEqual(['leeds']);
    expect(found('seedz')).toEqual(['seeds']);
  });

  it(`keeps the best ${MAX_RESULTS} hits`, () => {
    const crowd = indexAtOnce(
      Array.from({ length: MAX_RESULTS + 100 }, (_, i) =>
        doc(`s${i}`, { title: i === 7 ? 'rain rain' : 'rain' }),
      ),
    );
    const hits = search(crowd, 'rain', all);
    expect(hits).toHaveLength(MAX_RESULTS);
    expect(hits[0]?.slug).toBe('s7');
  });

  it('indexes in slices to the same results as in one go, across many chunks', async () => {
    const many = Array.from({ length: 450 }, (_, i) =>
      doc(`story-${i}`, { title: `Story ${i}`, body: i % 7 === 0 ? 'tram depot' : 'weather' }),
    );
    const sliced = await buildSearchEngine([...documents, ...many]);
    const whole = indexAtOnce([...documents, ...many]);
    for (const query of ['tram', 'liverpol car', 'weather', 'Amara'])
      expect(search(sliced, query, all)).toEqual(search(whole, query, all));
    expect(search(sliced, 'tram depot', all)).toHaveLength(65);
  });

  it('ranks a title match above a body match', () => {
    const ranked = slugs('tram', (s) => s !== 'draft');
    expect(ranked.indexOf('title-match')).toBeLessThan(ranked.indexOf('body-match'));
    expect(ranked).toHaveLength(2);
  });

  it('finds words by their start and despite a typo', () => {
    expect(slugs('Liver')).toEqual(['liverpool']);
    expect(slugs('Liverpol')).toEqual(['liverpool']);
    expect(slugs('manufactoring')).toEqual(['liverpool']);
  });

  it('searches tags and author names', () => {
    expect(slugs('jobs')).toEqual(['liverpool']);
    expect(slugs('okafor')).toEqual(['author']);
  });

  it('never returns what the reader may not see', () => {
    expect(slugs('secret', (s) => s !== 'draft')).toEqual([]);
    expect(slugs('secret')).toEqual(['draft']);
  });

  it('prefers articles with every word, and falls back to any word', () => {
    expect(slugs('tram extension')[0]).toBe('title-match');
    expect(slugs('tram zebra', (s) => s !== 'draft').sort()).toEqual(['body-match', 'title-match']);
  });

  it('reports the document words that matched, for highlighting', () => {
    expect(search(engine, 'liverpol', all)[0]?.terms).toEqual(['liverpool']);
  });

  it('returns nothing for an empty query or one with no words', () => {
    expect(slugs('')).toEqual([]);
    expect(slugs('!!! ??? ---')).toEqual([]);
  });
});

describe('cleanQuery', () => {
  it('caps length and word count and strips control characters', () => {
    expect(cleanQuery('  rail\u0000 strike ')).toBe('rail strike');
    expect(cleanQuery('rail \u202Eekirts\u202C')).toBe('rail ekirts');
    expect(cleanQuery('x'.repeat(500))).toHaveLength(200);
    expect(cleanQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ')).split(' ')).toHaveLength(12);
    expect(cleanQuery(['first', 'second'])).toBe('first');
    expect(cleanQuery(undefined)).toBe('');
  });
});
