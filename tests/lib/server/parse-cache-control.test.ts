import { describe, expect, it } from 'vitest';
import { parseCacheControl } from '@/lib/server/parse-cache-control.mjs';

describe('parseCacheControl', () => {
  it('reads directives with and without values, lower-casing names and unquoting values', () => {
    const directives = parseCacheControl('Public, S-MaxAge=60, stale-while-revalidate="30",, no-transform');
    expect([...directives]).toEqual([
      ['public', true],
      ['s-maxage', '60'],
      ['stale-while-revalidate', '30'],
      ['no-transform', true],
    ]);
  });

  it('has no directives for a missing or empty header', () => {
    expect(parseCacheControl(undefined).size).toBe(0);
    expect(parseCacheControl('').size).toBe(0);
  });
});
