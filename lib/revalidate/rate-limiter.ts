export interface RateLimiterOptions {
  /** Requests allowed per key in one window. */
  limit: number;
  windowMs: number;
  /** Keys remembered at most; past that, new keys share one window, so memory stays bounded. */
  maxKeys?: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request for `key` at time `now` (ms) and says whether it may go ahead. */
  take(key: string, now: number): RateDecision;
}

const OVERFLOW_KEY = '\0overflow';

/**
 * An in-memory fixed-window rate limiter: at most `limit` requests per key per window. It counts per
 * process, so each instance behind a load balancer keeps its own count.
 * @example
 * const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 });
 * limiter.take('a', 0); limiter.take('a', 1); limiter.take('a', 2) // { allowed: false, retryAfterSeconds: 60 }
 */
export function createRateLimiter({ limit, windowMs, maxKeys = 10_000 }: RateLimiterOptions): RateLimiter {
  const windows = new Map<string, { startedAt: number; count: number }>();

  function forgetEnded(now: number) {
    for (const [key, window] of windows) if (now - window.startedAt >= windowMs) windows.delete(key);
  }

  return {
    take(key, now) {
      let window = windows.get(key);
      if (window && now - window.startedAt >= windowMs) window = undefined;
      if (!window) {
        if (windows.size >= maxKeys) forgetEnded(now);
        const slot = windows.size >= maxKeys ? OVERFLOW_KEY : key;
        window = windows.get(slot);
        if (!window || now - window.startedAt >= windowMs) {
          window = { startedAt: now, count: 0 };
          windows.set(slot, window);
        }
      }
      window.count += 1;
      if (window.count <= limit) return { allowed: true };
      return {
        allowed: false,
        retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000)),
      };
    },
  };
}
