import { describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/revalidate/client-address';

describe('clientAddress', () => {
  it('takes the last X-Forwarded-For entry, the one the nearest proxy wrote', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.2' }))).toBe('10.0.0.2');
    expect(clientAddress(new Headers({ 'x-forwarded-for': '::1' }))).toBe('::1');
  });

  it('ignores empty entries and falls back to "unknown"', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '10.0.0.2, ' }))).toBe('10.0.0.2');
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});
