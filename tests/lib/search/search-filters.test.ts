import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import type { ContentIndex } from '@/lib/content/content-index';
import {
  applySearchFilters,
  isFiltered,
  parseSearchFilters,
  searchQueryString,
} from '@/lib/search/search-filters';

const index = {
  site: { timeZone: 'Europe/London' },
  sections: [
    { slug: 'news', name: 'News' },
    { slug: 'business', name: 'Business' },
  ],
  authors: new Map([
    ['ada', { id: 'ada', name: 'Ada Lovelace' }],
    ['ben', { id: 'ben', name: 'Ben Okri' }],
  ]),
} as unknown as ContentIndex; // only what the filters read

const story = (slug: string, fields: Partial<Article>) => ({
  article: { slug, section: 'news', type: 'news', authors: ['ada'], date: '2026-06-10T09:00:00.000Z', ...fields } as Article,
});
// Best match first, as the index ranks them.
const hits = [
  story('a', { date: '2026-06-01T09:00:00.000Z' }),
  story('b', { section: 'business', authors: ['ben'], date: '2026-07-01T09:00:00.000Z' }),
  story('c', { type: 'opinion', authors: ['ada', 'ben'], date: '2026-06-30T22:30:00.000Z' }),
  story('d', { section: 'business', type: 'analysis', date: '2026-05-31T23:30:00.000Z' }),
];
const slugs = (list: { article: Article }[]) => list.map((h) => h.article.slug);

describe('parseSearchFilters', () => {
  it('reads known sections, types, authors, calendar days and the sort, and drops anything else', () => {
    expect(
      parseSearchFilters(
        { section: 'business', type: 'opinion', author: 'ben', from: '2026-06-01', to: '2026-06-30', sort: 'newest' },
        index,
      ),
    ).toEqual({ section: 'business', type: 'opinion', author: 'ben', from: '2026-06-01', to: '2026-06-30', sort: 'newest' });
    expect(
      parseSearchFilters(
        { section: '<script>', type: 'gossip', author: 'nobody', from: '2026-13-01', to: ['x'], sort: 'oldest' },
        index,
      ),
    ).toEqual({ sort: 'relevance' });
  });

  it('swaps a range given backwards', () => {
    expect(parseSearchFilters({ from: '2026-07-01', to: '2026-06-01' }, index)).toMatchObject({
      from: '2026-06-01',
      to: '2026-07-01',
    });
  });
});

describe('applySearchFilters', () => {
  it('keeps every match and ranking with no filter, and counts each choice', () => {
    const { hits: kept, facets } = applySearchFilters(hits, { sort: 'relevance' }, index);
    expect(slugs(kept)).toEqual(['a', 'b', 'c', 'd']);
    expect(facets.section).toEqual([
      { value: 'news', label: 'News', count: 2 },
      { value: 'business', label: 'Business', count: 2 },
    ]);
    expect(facets.type.map((t) => [t.label, t.count])).toEqual([
      ['News', 2],
      ['Analysis', 1],
      ['Opinion', 1],
    ]);
    expect(facets.author.map((a) => [a.value, a.count])).toEqual([
      ['ada', 3],
      ['ben', 2],
    ]);
  });

  it('combines filters, and counts each filter’s choices with the others applied', () => {
    const { hits: kept, facets } = applySearchFilters(hits, { section: 'business', author: 'ben', sort: 'relevance' }, index);
    expect(slugs(kept)).toEqual(['b']);
    // Sections as if any section were chosen, with Ben's stories only.
    expect(facets.section.map((s) => [s.value, s.count])).toEqual([
      ['news', 1],
      ['business', 1],
    ]);
    expect(facets.author.map((a) => [a.value, a.count])).toEqual([
      ['ada', 1],
      ['ben', 1],
    ]);
  });

  it('takes a range of days in the site’s zone, both ends included', () => {
    // 30 June 22:30 UTC is 23:30 in London, in June; 31 May 23:30 UTC is 1 June, 00:30 there.
    const june = applySearchFilters(hits, { from: '2026-06-01', to: '2026-06-30', sort: 'relevance' }, index);
    expect(slugs(june.hits)).toEqual(['a', 'c', 'd']);
    expect(slugs(applySearchFilters(hits, { from: '2026-07-01', sort: 'relevance' }, index).hits)).toEqual(['b']);
  });

  it('sorts by newest when asked', () => {
    expect(slugs(applySearchFilters(hits, { sort: 'newest' }, index).hits)).toEqual(['b', 'c', 'a', 'd']);
  });
});

describe('the search’s URL', () => {
  it('writes only what is set, in one order, escaped', () => {
    expect(searchQueryString('rail & tram', { sort: 'relevance' })).toBe('q=rail+%26+tram');
    expect(searchQueryString('rail', { to: '2026-06-30', section: 'news', sort: 'newest' })).toBe(
      'q=rail&section=news&to=2026-06-30&sort=newest',
    );
    expect(isFiltered({ sort: 'newest' })).toBe(false);
    expect(isFiltered({ author: 'ada', sort: 'relevance' })).toBe(true);
  });
});
