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
