import type { IncomingHttpHeaders, OutgoingHttpHeaders } from 'node:http';

/** The headers to fill the cache with for a client's request (no hop-by-hop or conditional headers, identity encoding). */
export function forwardedHeaders(
  headers: IncomingHttpHeaders,
  clientAddress: string | undefined,
): OutgoingHttpHeaders;
