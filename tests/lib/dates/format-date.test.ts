import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatDisplayDate, formatDisplayDateTime, formatIsoInZone } from '@/lib/dates/format-date';

// date-fns with TZDate is the reference the faster formatters replaced: both must give the same text.
const ZONES = [
  'Europe/London',
  'UTC',
  'America/New_York',
  'Asia/Kolkata',
  'Australia/Lord_Howe',
  'Pacific/Kiritimati',
];
// Every 7 hours 13 minutes across two years: both sides of every daylight-saving change, and midnights.
const INSTANTS = Array.from({ length: 2_500 }, (_, i) =>
  new Date(Date.UTC(2025, 0, 1) + i * (7 * 60 + 13) * 60_000 + (i % 60) * 1000).toISOString(),
);

describe('formatDisplayDate and formatIsoInZone', () => {
  it.each(ZONES)('give what date-fns gives in %s', (zone) => {
    for (const iso of INSTANTS) {
      expect(formatDisplayDate(iso, zone)).toBe(format(new TZDate(iso, zone), 'd MMMM yyyy'));
      expect(formatIsoInZone(iso, zone)).toBe(format(new TZDate(iso, zone), "yyyy-MM-dd'T'HH:mm:ssxxx"));
    }
  });

  it('formats the examples readers and feeds see', () => {
    expect(formatDisplayDate('2026-11-18T09:30:00.000Z', 'Europe/London')).toBe('18 November 2026');
    expect(formatIsoInZone('2026-07-01T08:00:00Z', 'Europe/London')).toBe('2026-07-01T09:00:00+01:00');
    expect(formatIsoInZone('2026-01-01T00:00:00Z', 'Europe/London')).toBe('2026-01-01T00:00:00+00:00');
  });

  it('writes offsets RFC 3339 can hold for dates before standard time, naming the same instant', () => {
    // London kept local mean time (-00:01:15) until 1847, Kolkata +05:21:10 until 1941.
    const RFC_3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/;
    for (const [iso, zone, expected] of [
      ['1800-06-01T12:00:00.000Z', 'Europe/London', '1800-06-01T11:59:00-00:01'],
      ['1900-01-01T00:00:00.000Z', 'Asia/Kolkata', '1900-01-01T05:21:00+05:21'],
      ['0999-03-04T10:00:00.000Z', 'UTC', '0999-03-04T10:00:00+00:00'],
    ] as const) {
      const text = formatIsoInZone(iso, zone);
      expect(text).toBe(expected);
      expect(text).toMatch(RFC_3339);
      expect(Date.parse(text)).toBe(Date.parse(iso));
    }
  });

  it('refuses a date that is not one', () => {
    expect(() => formatDisplayDate('not a date', 'UTC')).toThrow(RangeError);
    expect(() => formatIsoInZone('2026-13-45', 'UTC')).toThrow(RangeError);
  });
});

describe('formatDisplayDateTime', () => {
  it.each(ZONES)('gives the date and the clock date-fns gives in %s', (zone) => {
    for (const iso of INSTANTS) {
      const [date, clock] = formatDisplayDateTime(iso, zone, 'en-GB').split(', ');
      expect(date).toBe(format(new TZDate(iso, zone), 'd MMMM yyyy'));
      expect(clock?.slice(0, 5)).toBe(format(new TZDate(iso, zone), 'HH:mm'));
    }
  });

  it("names London's zone GMT in winter and BST in summer, switching with the clock", () => {
    for (const iso of INSTANTS) {
      const summer = format(new TZDate(iso, 'Europe/London'), 'xxx') === '+01:00';
      expect(formatDisplayDateTime(iso, 'Europe/London', 'en-GB')).toMatch(summer ? / BST$/ : / GMT$/);
    }
  });

  it('reads as British English when Intl does not know the language', () => {
    expect(formatDisplayDateTime('2026-11-18T09:30:00.000Z', 'Europe/London', 'zz-ZZ')).toBe(
      '18 November 2026, 09:30 GMT',
    );
  });
});
