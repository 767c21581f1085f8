import type { Article } from '../content/article';
import type { ContentIndex } from '../content/content-index';
import { typeName } from '../content/article-types';
import { ARTICLE_TYPES, type ArticleType } from '../content/front-matter-schema';
import { parseContentDate } from '../dates/parse-content-date';

/** What a reader narrowed a search to; each is a query parameter of /search, so a result list is a URL. */
export interface SearchFilters {
  section?: string;
  type?: ArticleType;
  author?: string;
  /** Calendar days (YYYY-MM-DD) in the site's zone, both included. */
  from?: string;
  to?: string;
  sort: 'relevance' | 'newest';
}

export type FilterName = 'section' | 'type' | 'author';

/** One choice of a filter, with how many of the matches it leaves (the other filters applied). */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Reads the filters from /search's query parameters. A value the site does not know (a section that
 * does not exist, a malformed date) is dropped rather than answered with nothing: the reader sees
 * the search without it, and the form shows which filters apply.
 */
export function parseSearchFilters(
  params: Record<string, string | string[] | undefined>,
  index: ContentIndex,
): SearchFilters {
  const one = (name: string) => {
    const value = params[name];
    return (Array.isArray(value) ? value[0] : value)?.trim() || undefined;
  };
  const section = one('section');
  const type = one('type');
  const author = one('author');
  const day = (name: string) => {
    const value = one(name);
    return value && DAY.test(value) && parseContentDate(value, index.site.timeZone) ? value : undefined;
  };
  let from = day('from');
  let to = day('to');
  if (from && to && from > to) [from, to] = [to, from];
  return {
    ...(section && index.sections.some((s) => s.slug === section) && { section }),
    ...(type && (ARTICLE_TYPES as readonly string[]).includes(type) && { type: type as ArticleType }),
    ...(author && index.authors.has(author) && { author }),
    ...(from && { from }),
    ...(to && { to }),
    sort: one('sort') === 'newest' ? 'newest' : 'relevance',
  };
}

/** Whether an article passes every filter but `except` (so each facet counts what choosing it gives). */
function passes(article: Article, filters: SearchFilters, range: Range, except?: FilterName): boolean {
  if (except !== 'section' && filters.section && article.section !== filters.section) return false;
  if (except !== 'type' && filters.type && article.type !== filters.type) return false;
  if (except !== 'author' && filters.author && !article.authors.includes(filters.author)) return false;
  // Counting facets calls this four times a match (up to 10,000 of them): no range, no date to read.
  if (range.from === -Infinity && range.to === Infinity) return true;
  const at = Date.parse(article.date);
  return at >= range.from && at < range.to;
}

interface Range {
  from: number;
  to: number;
}

// The range's instants: from the start of `from` to the end of `to`, each day in the site's zone.
function rangeOf(filters: SearchFilters, timeZone: string): Range {
  const start = filters.from ? parseContentDate(filters.from, timeZone)?.getTime() : undefined;
  const end = filters.to ? parseContentDate(nextDay(filters.to), timeZone)?.getTime() : undefined;
  return { from: start ?? -Infinity, to: end ?? Infinity };
}

function nextDay(day: string): string {
  const [y = 0, m = 1, d = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * The matches a search's filters leave, in the order asked for (best first, or newest first), and
 * each filter's choices with their counts among the matches.
 */
export function applySearchFilters<T extends { article: Article }>(
  hits: readonly T[],
  filters: SearchFilters,
  index: ContentIndex,
): { hits: T[]; facets: Record<FilterName, FacetValue[]> } {
  const range = rangeOf(filters, index.site.timeZone);
  const kept = hits.filter((hit) => passes(hit.article, filters, range));
  if (filters.sort === 'newest') kept.sort((a, b) => b.article.date.localeCompare(a.article.date));
  const count = (name: FilterName, valuesOf: (a: Article) => readonly string[]) => {
    const counts = new Map<string, number>();
    for (const { article } of hits)
      if (passes(article, filters, range, name))
        for (const value of valuesOf(article)) counts.set(value, (counts.get(value) ?? 0) + 1);
    return counts;
  };
  const sections = count('section', (a) => [a.section]);
  const types = count('type', (a) => [a.type]);
  const authors = count('author', (a) => a.authors);
  return {
    hits: kept,
    facets: {
      section: index.sections
        .filter((s) => sections.has(s.slug))
        .map((s) => ({ value: s.slug, label: s.name, count: sections.get(s.slug) ?? 0 })),
      type: ARTICLE_TYPES.filter((t) => types.has(t)).map((t) => ({
        value: t,
        label: typeName(t),
        count: types.get(t) ?? 0,
      })),
      author: [...authors]
        .map(([id, n]) => ({ value: id, label: index.authors.get(id)?.name ?? id, count: n }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label)),
    },
  };
}

/** Whether any filter narrows the search (the sort is not a filter). */
export function isFiltered(filters: SearchFilters): boolean {
  return Boolean(filters.section || filters.type || filters.author || filters.from || filters.to);
}

/**
 * The query string of a search with its filters, as links on the page write it: only what is set,
 * in one order, so one search has one URL.
 * @example searchQueryString('rail', { section: 'news', sort: 'newest' }) // 'q=rail&section=news&sort=newest'
 */
export function searchQueryString(query: string, filters: SearchFilters): string {
  const params = new URLSearchParams({ q: query });
  for (const name of ['section', 'type', 'author', 'from', 'to'] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  if (filters.sort === 'newest') params.set('sort', 'newest');
  return params.toString();
}
