import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

/**
 * Formats an instant for readers in the site's time zone.
 * @example formatDisplayDate('2026-11-18T09:30:00.000Z', 'Europe/London') // "18 November 2026"
 */
export function formatDisplayDate(iso: string, timeZone: string): string {
  return format(new TZDate(iso, timeZone), 'd MMMM yyyy');
}

/** Formats an instant as ISO 8601 with the site's UTC offset, for `<time datetime>` and feeds. */
export function formatIsoInZone(iso: string, timeZone: string): string {
  return format(new TZDate(iso, timeZone), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** The calendar month (`2026-11`) an instant falls in, in the site's time zone. */
export function monthKey(iso: string, timeZone: string): string {
  // No zone is more than 14 hours from UTC, so a UTC instant from the 2nd to the 27th of a month is
  // in that month everywhere: only the days near a month's edges need the zone's rules, which cost
  // ~50 µs a date (5 s for the archive of a 100,000-story sitemap).
  const day = UTC_INSTANT.exec(iso)?.[1];
  if (day !== undefined && day >= '02' && day <= '27') return iso.slice(0, 7);
  return format(new TZDate(iso, timeZone), 'yyyy-MM');
}
const UTC_INSTANT = /^\d{4}-\d{2}-(\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z$/;

/**
 * Names a calendar month key for readers.
 * @example formatMonth('2026-11') // "November 2026"
 */
export function formatMonth(key: string): string {
  const [year = 0, month = 1] = key.split('-').map(Number);
  // Built and formatted in the same (machine) zone from calendar fields, so no instant is involved.
  return format(new Date(year, month - 1, 1), 'MMMM yyyy');
}
