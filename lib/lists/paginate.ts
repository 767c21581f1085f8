export const PAGE_SIZE = 12;

export interface Paged<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

/**
 * Cuts a list into fixed-size pages. Returns undefined for a page past the end, so the route can
 * answer 404; page 1 of an empty list exists.
 * @example paginate([1, 2, 3], 2, 2) // { items: [3], page: 2, pageCount: 2, total: 3 }
 */
export function paginate<T>(list: readonly T[], page: number, size = PAGE_SIZE): Paged<T> | undefined {
  const pageCount = Math.max(1, Math.ceil(list.length / size));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return undefined;
  return { items: list.slice((page - 1) * size, page * size), page, pageCount, total: list.length };
}

/**
 * Reads a page number from a URL segment or query value: digits only, no leading zero, so that each
 * page has one URL. Returns undefined for anything else.
 * @example parsePageNumber('2') // 2
 * @example parsePageNumber('02') // undefined
 */
export function parsePageNumber(value: string | string[] | undefined): number | undefined {
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return undefined;
  return Number(value);
}

/** The path of page `page` of a list at `basePath`; page 1 is the list's own path. */
export function pagePath(basePath: string, page: number): string {
  if (page === 1) return basePath;
  return `${basePath === '/' ? '' : basePath}/page/${page}`;
}
