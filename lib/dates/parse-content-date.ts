import { quote } from '../text/quote';
import { TZDate } from '@date-fns/tz';
import { isValid, parseISO } from 'date-fns';

// Date only, or date and time, with an optional zone. Anything looser ("next Tuesday", "18/11/2026")
// is refused rather than guessed.
const ISO_8601 =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/**
 * Reads an ISO 8601 date from front matter as an instant; a value without a zone is read as wall-clock
 * time in `timeZone` (the site's), never the machine's.
 * @example parseContentDate('2026-11-18T09:30', 'Europe/London') // 2026-11-18T09:30:00.000Z
 * @example parseContentDate('2024-02-30', 'Europe/London') // undefined: February has no 30th
 */
export function parseContentDate(value: string, timeZone: string): Date | undefined {
  const match = ISO_8601.exec(value.trim());
  if (!match) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0', zone] = match;
  const parts = [y, mo, d, h, mi, s, ms.padEnd(3, '0')].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
    number,
  ]; // seven capture groups, each digits only
  const [year, month, day, hour, minute, second, milli] = parts;
  if (!isRealCalendarTime(year, month, day, hour, minute, second)) return undefined;
  if (zone) {
    const instant = parseISO(value.trim().replace(' ', 'T'));
    return isValid(instant) ? instant : undefined;
  }
  const instant = new TZDate(year, month - 1, day, hour, minute, second, milli, timeZone);
  return isValid(instant) ? new Date(instant.getTime()) : undefined;
}

function isRealCalendarTime(y: number, mo: number, d: number, h: number, mi: number, s: number): boolean {
  if (mo < 1 || mo > 12 || h > 23 || mi > 59 || s > 59) return false;
  // Day 0 of the next month is the last day of this one, leap years included.
  const daysInMonth = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  return d >= 1 && d <= daysInMonth;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * Says in words why `value` is not a date parseContentDate accepts, from the editor's side, or
 * undefined when it is one.
 * @example explainContentDate('2025-02-30') // 'expected a real date, found "2025-02-30": February 2025 has 28 days'
 * @example explainContentDate('next Tuesday') // 'expected an ISO 8601 date such as 2026-03-14 or 2026-03-14T09:30, found "next Tuesday"'
 */
export function explainContentDate(value: string): string | undefined {
  const match = ISO_8601.exec(value.trim());
  const quoted = `expected a real date, found ${quote(value)}`;
  if (!match)
    return `expected an ISO 8601 date such as 2026-03-14 or 2026-03-14T09:30, found ${quote(value)}`;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  if (mo < 1 || mo > 12) return `${quoted}: there is no month ${mo} (months are 01 to 12)`;
  const days = new Date(Date.UTC(y, mo, 0)).getUTCDate();
  if (d < 1 || d > days) return `${quoted}: ${MONTHS[mo - 1]} ${y} has ${days} days`;
  if (h > 23) return `${quoted}: hours go from 00 to 23 (midnight is 00:00 the next day)`;
  if (mi > 59 || s > 59) return `${quoted}: minutes and seconds go from 00 to 59`;
  return undefined;
}
