import { describe, expect, it } from 'vitest';
import { entryLifetime } from '@/lib/server/entry-lifetime.mjs';

const limits = { ttlMs: 1000, capMs: 60_000 };

describe('entryLifetime', () => {
  it("is fresh for the TTL and stale until the page's s-maxage, capped", () => {
    expect(entryLifetime('s-maxage=60, stale-while-revalidate=31535940', limits)).toEqual({
      freshMs: 1000,
      staleLimitMs: 60_000,
    });
    expect(entryLifetime('s-maxage=10', limits).staleLimitMs).toBe(10_000);
    expect(entryLifetime('public, max-age=300, stale-while-revalidate=3600', limits).staleLimitMs).toBe(
      60_000,
    );
  });

  it('prefers s-maxage to max-age', () => {
    expect(entryLifetime('public, max-age=300, s-maxage=5', limits).staleLimitMs).toBe(5_000);
  });

  it('is stale until the cap when the response gives no lifetime', () => {
    expect(entryLifetime('public', limits).staleLimitMs).toBe(60_000);
  });

  it('is never shorter than the TTL, and serves nothing stale when the response must be revalidated', () => {
    expect(entryLifetime('public, max-age=0', limits)).toEqual({ freshMs: 1000, staleLimitMs: 1000 });
    expect(entryLifetime('public, max-age=300, must-revalidate', limits).staleLimitMs).toBe(1000);
    expect(entryLifetime('s-maxage=300, proxy-revalidate', limits).staleLimitMs).toBe(1000);
  });

  it('keeps an immutable file fresh until its stale limit', () => {
    expect(entryLifetime('public, max-age=31536000, immutable', limits)).toEqual({
      freshMs: 60_000,
      staleLimitMs: 60_000,
    });
  });
});
