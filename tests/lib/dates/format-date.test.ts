import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { formatDisplayDate, formatIsoInZone } from '@/lib/dates/format-date';

// date-fns with TZDate is the reference the faster formatters replaced: both must give the same text.
const ZONES = ['Europe/London', 'UTC', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'Pacific/Kiritimati'];
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

  it('refuses a date that is not one', () => {
    expect(() => formatDisplayDate('not a date', 'UTC')).toThrow(RangeError);
    expect(() => formatIsoInZone('2026-13-45', 'UTC')).toThrow(RangeError);
  });
});
