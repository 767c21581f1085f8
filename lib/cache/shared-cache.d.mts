import type { RedisConnection } from './redis-connection.mjs';

export interface SharedCacheEntry {
  lastModified: number;
  value: unknown;
  cacheControl?: { revalidate?: number | false; expire?: number };
  tags: string[];
}

export interface SharedCache {
  get(key: string, lookupTags?: readonly string[]): Promise<SharedCacheEntry | null>;
  set(
    key: string,
    value: unknown,
    options?: { cacheControl?: SharedCacheEntry['cacheControl']; tags?: string[] },
  ): Promise<void>;
  revalidateTags(tags: readonly string[]): Promise<void>;
}

/** A page cache shared by every instance through Redis, with this instance's memory as the fallback. */
export function createSharedCache(options: {
  redis?: RedisConnection;
  entryPrefix: string;
  tagsKey: string;
  maxLocalBytes: number;
  onContentChanged?: () => void;
  now?: () => number;
}): SharedCache;
