import { format } from 'date-fns';

// Every card shows two dates. Through date-fns and TZDate, whose each construction asks Intl for the
// zone's offset several times, a pair cost ~53 µs (~2 ms of a page of results under load); one kept
// formatter per zone gives the same text in ~10 µs (format-date.test.ts checks it against TZDate).
const formatters = new Map<string, { display: Intl.DateTimeFormat; offset: Intl.DateTimeFormat }>();
function formattersFor(timeZone: string) {
  let found = formatters.get(timeZone);
  if (!found) {
    found = {
      display: new Intl.DateTimeFormat('en-GB', { timeZone, day: 'numeric', month: 'long', year: 'numeric' }),
      offset: new Intl.DateTimeFormat('en-GB', { timeZone, timeZoneName: 'longOffset' }),
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

const clocks = new Map<string, Intl.DateTimeFormat>();
function clockFor(timeZone: string, language: string): Intl.DateTimeFormat {
  const key = `${timeZone}\0${language}`;
  let found = clocks.get(key);
  if (!found) {
    const options = {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'short',
    } as const;
    // The language is checked as a BCP 47 tag when site.yaml is read; one Intl does not know still
    // reads as British English, the site's default, rather than failing the page.
    found =
      Intl.DateTimeFormat.supportedLocalesOf(language).length > 0
        ? new Intl.DateTimeFormat(language, options)
        : new Intl.DateTimeFormat('en-GB', options);
    clocks.set(key, found);
  }
  return found;
}

/**
 * Formats an instant as its date and time of day in the site's time zone, with the zone's name in the
 * site's language: GMT or BST in London, EST or EDT in New York (for en-US), an offset where the
 * language has no name for the zone.
 * @example formatDisplayDateTime('2026-11-18T09:30:00.000Z', 'Europe/London', 'en-GB') // "18 November 2026, 09:30 GMT"
 */
export function formatDisplayDateTime(iso: string, timeZone: string, language: string): string {
  const date = validDate(iso);
  const parts = clockFor(timeZone, language).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${formatDisplayDate(iso, timeZone)}, ${part('hour')}:${part('minute')} ${part('timeZoneName')}`;
}

/**
 * Formats an instant as its time of day and the zone's name, as formatDisplayDateTime does after
 * the date: for a live story's updates and its "Last updated".
 * @example formatTimeOfDay('2026-11-18T14:32:00.000Z', 'Europe/London', 'en-GB') // "14:32 GMT"
 */
export function formatTimeOfDay(iso: string, timeZone: string, language: string): string {
  return formatDisplayDateTime(iso, timeZone, language).split(', ').at(-1) ?? '';
}

/**
 * Formats an instant as ISO 8601 with the site's UTC offset, for `<time datetime>` and feeds.
 * @example formatIsoInZone('2026-07-01T08:00:00Z', 'Europe/London') // "2026-07-01T09:00:00+01:00"
 */
export function formatIsoInZone(iso: string, timeZone: string): string {
  const date = validDate(iso);
  const name = formattersFor(timeZone)
    .offset.formatToParts(date)
    .find((part) => part.type === 'timeZoneName')?.value;
  // Before standard time, zones kept local mean time, offsets in seconds (London's -00:01:15) that
  // RFC 3339 and the sitemap and feed formats cannot write: rounded to the minute, with the clock
  // time moved to match, so the text still names the same instant to the second.
  const minutes = Math.round(offsetSeconds(name ?? 'GMT') / 60);
  const wall = new Date(date.getTime() + minutes * 60_000);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const clock = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  return `${clock}${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

// `longOffset` writes UTC itself as "GMT", others as "GMT+01:00" or "GMT-00:01:15".
function offsetSeconds(name: string): number {
  const match = /^GMT([+-])(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(name);
  if (!match) return 0;
  const [, sign, hours = '0', minutes = '0', seconds = '0'] = match;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds));
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
  // ~25 µs a date through TZDate (5 s for the archive of a 100,000-story sitemap).
  const day = UTC_INSTANT.exec(iso)?.[1];
  if (day !== undefined && day >= '02' && day <= '27') return iso.slice(0, 7);
  return formatIsoInZone(iso, timeZone).slice(0, 7);
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
