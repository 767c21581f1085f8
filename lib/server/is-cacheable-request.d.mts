import type { IncomingHttpHeaders } from 'node:http';

/** The client-navigation headers Next.js varies pages on; requests carrying them bypass the cache. */
export const ROUTER_HEADERS: readonly string[];

/** Whether the microcache may answer a request (a GET or HEAD for a page, nothing that personalises it). */
export function isCacheableRequest(
  method: string | undefined,
  url: string,
  headers: IncomingHttpHeaders,
): boolean;

/** Whether a request may get Next.js's whole response rather than a stream (a GET or HEAD for a page's HTML). */
export function isRelayableRequest(
  method: string | undefined,
  url: string,
  headers: IncomingHttpHeaders,
): boolean;
