import { describe, expect, it } from 'vitest';
import { parseContentDate } from '@/lib/dates/parse-content-date';

describe('parseContentDate', () => {
  it('reads a date without a zone as midnight in the site time zone, not the machine one', () => {
    expect(process.env.TZ).toBe('Pacific/Apia');
    expect(parseContentDate('2026-07-01', 'Europe/London')?.toISOString()).toBe('2026-06-30T23:00:00.000Z');
    expect(parseContentDate('2026-01-15', 'Europe/London')?.toISOString()).toBe('2026-01-15T00:00:00.000Z');
  });

  it('reads a local time in the site time zone across daylight saving', () => {
    expect(parseContentDate('2026-11-18T09:30', 'Europe/London')?.toISOString()).toBe(
      '2026-11-18T09:30:00.000Z',
    );
    expect(parseContentDate('2026-06-18T09:30:00', 'Europe/London')?.toISOString()).toBe(
      '2026-06-18T08:30:00.000Z',
    );
    expect(parseContentDate('2026-06-18T09:30:00', 'America/New_York')?.toISOString()).toBe(
      '2026-06-18T13:30:00.000Z',
    );
  });

  it('honours an explicit zone or offset', () => {
    expect(parseContentDate('2026-06-18T09:30:00Z', 'Europe/London')?.toISOString()).toBe(
      '2026-06-18T09:30:00.000Z',
    );
    expect(parseContentDate('2026-06-18T09:30:00+02:00', 'Europe/London')?.toISOString()).toBe(
      '2026-06-18T07:30:00.000Z',
    );
  });

  it('refuses impossible calendar dates instead of rolling them over', () => {
    expect(parseContentDate('2024-02-30', 'Europe/London')).toBeUndefined();
    expect(parseContentDate('2026-13-01', 'Europe/London')).toBeUndefined();
    expect(parseContentDate('2026-11-18T24:00', 'Europe/London')).toBeUndefined();
    expect(parseContentDate('2024-02-29', 'Europe/London')).toBeDefined();
    expect(parseContentDate('2025-02-29', 'Europe/London')).toBeUndefined();
  });

  it('refuses text that is not ISO 8601', () => {
    for (const value of ['next Tuesday', '18/11/2026', '2026-1-5', '', '2026-11-18T09:30:00 GMT']) {
      expect(parseContentDate(value, 'Europe/London'), value).toBeUndefined();
    }
  });
});
