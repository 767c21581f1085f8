import type { Encoding } from './choose-encoding.mjs';

export type CacheState = 'HIT' | 'STALE' | 'MISS';

export interface StoredVariant {
  body: Buffer;
  etag: string | undefined;
  /** Flat [name, value, …] lists for res.writeHead, one per X-Cache value. */
  heads: Record<CacheState, string[]>;
  notModifiedHeads: Record<CacheState, string[]>;
}

export interface StoredResponse {
  status: number;
  /** performance.now() when the response arrived from Next.js. */
  filledAt: number;
  freshMs: number;
  staleLimitMs: number;
  /** Approximate bytes of memory the entry holds. */
  size: number;
  variants: Partial<Record<Encoding, StoredVariant>> & { identity: StoredVariant };
}

/** Turns a response from Next.js into a cache entry with ready-made header lists per encoding and state. */
export function buildStoredResponse(response: {
  status: number;
  rawHeaders: string[];
  bodies: Partial<Record<Encoding, Buffer>> & { identity: Buffer };
  filledAt: number;
  freshMs: number;
  staleLimitMs: number;
}): StoredResponse;
