import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

// Every card shows two dates: through TZDate, whose each construction asks Intl for the zone's
// offset several times, they were ~90 µs each, 2 ms of a page of results. One formatter per zone,
// kept, gives the same text in a few µs (format-date.test.ts checks it against TZDate).
const formatters = new Map<string, { display: Intl.DateTimeFormat; iso: Intl.DateTimeFormat }>();
function formattersFor(timeZone: string) {
  let found = formatters.get(timeZone);
  if (!found) {
    found = {
      display: new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }),
      iso: new Intl.DateTimeFormat('en-GB', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
        hourCycle: 'h23',
        timeZoneName: 'longOffset',
      }),
    };
    formatters.set(timeZone, found);
  }
  return found;
}

/**
 * Formats an instant for readers in the site's time zone.
 * @example formatDisplayDate('2026-11-18T09:30:00.000Z', 'Europe/London') // "18 November 2026"
 */
export function formatDisplayDate(iso: string, timeZone: string): string {
  return formattersFor(timeZone).display.format(validDate(iso));
}

/**
 * Formats an instant as ISO 8601 with the site's UTC offset, for `<time datetime>` and feeds.
 * @example formatIsoInZone('2026-07-01T08:00:00Z', 'Europe/London') // "2026-07-01T09:00:00+01:00"
 */
export function formatIsoInZone(iso: string, timeZone: string): string {
  const parts: Record<string, string> = {};
  for (const part of formattersFor(timeZone).iso.formatToParts(validDate(iso))) parts[part.type] = part.value;
  // `longOffset` names UTC itself "GMT" and others "GMT+01:00".
  const offset = parts.timeZoneName === 'GMT' ? '+00:00' : (parts.timeZoneName ?? '').replace(/^GMT/, '');
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${offset}`;
}

function validDate(iso: string): Date {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) throw new RangeError(`Invalid time value: ${JSON.stringify(iso)}`);
  return date;
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
