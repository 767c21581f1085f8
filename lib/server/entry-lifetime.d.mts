/** How long after it was filled an entry is fresh, and until when it may be served while one refresh runs. */
export function entryLifetime(
  cacheControl: string | undefined,
  limits: { ttlMs: number; capMs: number },
): { freshMs: number; staleLimitMs: number };
