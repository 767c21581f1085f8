import { describe, expect, it } from 'vitest';
import { judgeFreshness } from '@/lib/server/judge-freshness.mjs';

describe('judgeFreshness', () => {
  it('is fresh for its fresh time, stale until the stale limit, then expired', () => {
    expect(judgeFreshness(0, 1000, 60_000)).toBe('fresh');
    expect(judgeFreshness(999, 1000, 60_000)).toBe('fresh');
    expect(judgeFreshness(1000, 1000, 60_000)).toBe('stale');
    expect(judgeFreshness(59_999, 1000, 60_000)).toBe('stale');
    expect(judgeFreshness(60_000, 1000, 60_000)).toBe('expired');
  });

  it('is never stale when the stale limit is the fresh time', () => {
    expect(judgeFreshness(1000, 1000, 1000)).toBe('expired');
  });
});
