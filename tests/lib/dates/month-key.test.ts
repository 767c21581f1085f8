import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect, it } from 'vitest';
import { createRandom } from '@/lib/bench/seeded-random';
import { monthKey } from '@/lib/dates/format-date';

const ZONES = ['Europe/London', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Asia/Kolkata', 'America/St_Johns', 'UTC'];
const reference = (iso: string, zone: string) => format(new TZDate(iso, zone), 'yyyy-MM');

describe('monthKey', () => {
  it('agrees with the time zone rules for every instant, the edges of months included', () => {
    const random = createRandom(3);
    const start = Date.parse('1999-01-01T00:00:00Z');
    const span = Date.parse('2040-01-01T00:00:00Z') - start;
    for (let i = 0; i < 4_000; i++) {
      const iso = new Date(start + Math.floor(random.next() * span)).toISOString();
      for (const zone of ZONES) expect(monthKey(iso, zone)).toBe(reference(iso, zone));
    }
  });

  it.each([
    ['2026-10-31T23:30:00.000Z', 'Europe/London', '2026-10'],
    ['2026-10-31T10:00:00.000Z', 'Pacific/Kiritimati', '2026-11'],
    ['2026-11-01T09:00:00.000Z', 'Pacific/Pago_Pago', '2026-10'],
    ['2026-11-02T00:00:00.000Z', 'Pacific/Pago_Pago', '2026-11'],
    ['2026-11-27T23:59:59.999Z', 'Pacific/Kiritimati', '2026-11'],
  ])('puts %s in %s in %s', (iso, zone, month) => {
    expect(monthKey(iso, zone)).toBe(month);
    expect(reference(iso, zone)).toBe(month);
  });
});
