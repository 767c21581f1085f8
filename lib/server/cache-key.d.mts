import type { IncomingHttpHeaders } from 'node:http';

/** The cache key of a request: Host, X-Forwarded-Proto and the path with its query. */
export function cacheKey(url: string, headers: IncomingHttpHeaders): string;
/** The key without the query: where the cache remembers that a path answers with uncacheable pages. */
export function pathKey(key: string): string;
