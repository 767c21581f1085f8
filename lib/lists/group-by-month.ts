import { monthKey } from '../dates/format-date';

export interface MonthCount {
  /** `2026-11` */
  key: string;
  year: string;
  month: string;
  count: number;
}

/**
 * Counts articles per calendar month in the site's time zone, newest month first.
 * @example groupByMonth([{ date: '2026-10-31T23:30:00Z' }], 'Europe/London') // [{ key: '2026-10', … count: 1 }]
 */
export function groupByMonth(articles: readonly { date: string }[], timeZone: string): MonthCount[] {
  const counts = new Map<string, number>();
  for (const { date } of articles) {
    const key = monthKey(date, timeZone);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? 1 : -1))
    .map(([key, count]) => ({ key, year: key.slice(0, 4), month: key.slice(5, 7), count }));
}

/** Articles published in one calendar month (`2026-11`) in the site's time zone. */
export function filterByMonth<T extends { date: string }>(
  articles: readonly T[],
  key: string,
  timeZone: string,
): T[] {
  return articles.filter((a) => monthKey(a.date, timeZone) === key);
}
