import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '@/lib/revalidate/rate-limiter';

describe('createRateLimiter', () => {
  it('allows `limit` requests per key in a window, then refuses with the seconds left', () => {
    const limiter = createRateLimiter({ limit: 3, windowMs: 60_000 });
    expect([0, 1, 2].map((t) => limiter.take('10.0.0.1', t).allowed)).toEqual([true, true, true]);
    expect(limiter.take('10.0.0.1', 20_000)).toEqual({ allowed: false, retryAfterSeconds: 40 });
  });

  it('counts each key on its own', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('b', 0).allowed).toBe(true);
    expect(limiter.take('a', 1).allowed).toBe(false);
  });

  it('starts a fresh window once the old one has ended', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    expect(limiter.take('a', 0).allowed).toBe(true);
    expect(limiter.take('a', 59_999).allowed).toBe(false);
    expect(limiter.take('a', 60_000).allowed).toBe(true);
  });

  it('never asks a client to wait less than a second', () => {
    const limiter = createRateLimiter({ limit: 1, windowMs: 60_000 });
    limiter.take('a', 0);
    expect(limiter.take('a', 59_999)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('makes keys beyond maxKeys share one window, so memory stays bounded', () => {
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000, maxKeys: 2 });
    limiter.take('a', 0);
    limiter.take('b', 0);
    expect(limiter.take('c', 1).allowed).toBe(true);
    expect(limiter.take('d', 1).allowed).toBe(true);
    expect(limiter.take('e', 1).allowed).toBe(false);
    // Once the first windows end, new keys get their own again.
    expect(limiter.take('f', 60_000).allowed).toBe(true);
    expect(limiter.take('f', 60_001).allowed).toBe(true);
    expect(limiter.take('f', 60_002).allowed).toBe(false);
  });
});
