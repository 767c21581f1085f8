/**
 * A live blog's pages. Updates are counted from the oldest in blocks of UPDATES_PER_PAGE, so a
 * numbered page never changes as new updates arrive: page 1 holds the first twenty ever posted. The
 * story's own URL shows the newest block with the last full block before it (20 to 39 updates), and
 * each older block has its own page, `/page/<n>`, numbered from the oldest.
 */
export const UPDATES_PER_PAGE = 20;

/** How many numbered (older) pages a blog of `total` updates has. */
export function olderPageCount(total: number): number {
  return Math.max(0, Math.floor(total / UPDATES_PER_PAGE) - 1);
}

/**
 * The updates a page shows, newest first, from all the story's updates newest first; `page`
 * undefined is the story's own URL. Undefined for a page that does not exist.
 */
export function updatesOnPage<T>(newestFirst: readonly T[], page?: number): T[] | undefined {
  const total = newestFirst.length;
  const older = olderPageCount(total);
  if (page === undefined) return newestFirst.slice(0, total - older * UPDATES_PER_PAGE);
  if (!Number.isInteger(page) || page < 1 || page > older) return undefined;
  // Page n holds positions (n-1)*P .. n*P-1 counted from the oldest.
  return newestFirst.slice(total - page * UPDATES_PER_PAGE, total - (page - 1) * UPDATES_PER_PAGE);
}

/** The page an update is on, by its place among the updates newest first; undefined: the story's URL. */
export function pageOfUpdate(total: number, newestFirstIndex: number): number | undefined {
  const fromOldest = total - 1 - newestFirstIndex;
  const page = Math.floor(fromOldest / UPDATES_PER_PAGE) + 1;
  return page <= olderPageCount(total) ? page : undefined;
}

/** The pages next to one: `newer` undefined with `page` 1 of 1 older means the story's URL. */
export function neighbours(total: number, page?: number): { newer?: number | 'latest'; older?: number } {
  const older = olderPageCount(total);
  if (page === undefined) return { older: older > 0 ? older : undefined };
  return { newer: page + 1 > older ? 'latest' : page + 1, older: page > 1 ? page - 1 : undefined };
}
