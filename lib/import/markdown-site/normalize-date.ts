// What static generators accept: a date, optionally a time (Jekyll puts a space before the zone,
// "2012-01-07 09:30:00 -0500"), optionally a zone.
const DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]+(\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * The ISO 8601 form of a date as a static site's front matter writes it, keeping its zone when it has
 * one, else a local date-time; undefined when it is no date.
 * @example normalizeDate('2012-01-07 9:30:00 -0500') // '2012-01-07T09:30:00-05:00'
 * @example normalizeDate('2012-01-07') // '2012-01-07T00:00:00'
 */
export function normalizeDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = DATE.exec(value.trim()) ?? DATE.exec(fromWords(value.trim()));
  if (!match) return undefined;
  const [, y = '', mo = '', d = '', h = '0', mi = '0', s = '0', , zone] = match;
  const pad = (part: string) => part.padStart(2, '0');
  const local = `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`;
  if (!zone) return local;
  if (zone.toUpperCase() === 'Z') return `${local}Z`;
  const digits = zone.replace(':', '');
  return `${local}${digits.slice(0, 3)}:${digits.slice(3)}`;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

// Astro's blog template writes "Jul 08 2022" (its schema coerces any date JavaScript reads); we read
// that and "8 July 2022", in English, and nothing looser.
function fromWords(value: string): string {
  const monthFirst = /^(?:[a-z]{3},?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})$/i.exec(value);
  const dayFirst = /^(\d{1,2})\s+([a-z]{3})[a-z]*\.?,?\s+(\d{4})$/i.exec(value);
  const [month, day, year] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  const index = MONTHS.indexOf((month ?? '').toLowerCase());
  return index >= 0 ? `${year}-${index + 1}-${day}` : '';
}

const FILE_DATE = /^(\d{4}-\d{2}-\d{2})[-_](.+)$/;

/**
 * Splits a file name that starts with a date (Jekyll's `2012-01-07-slug`, Zola's `2012-01-07_slug`)
 * into that date and the slug after it.
 * @example splitFileDate('2012-01-07-rail-fares') // { date: '2012-01-07', slug: 'rail-fares' }
 */
export function splitFileDate(name: string): { date?: string; slug: string } {
  const match = FILE_DATE.exec(name);
  return match ? { date: match[1], slug: match[2] ?? name } : { slug: name };
}
