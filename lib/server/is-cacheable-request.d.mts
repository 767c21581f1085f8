import type { IncomingHttpHeaders } from 'node:http';

/** Whether the microcache may answer a request (a GET or HEAD for a page, nothing that personalises it). */
export function isCacheableRequest(
  method: string | undefined,
  url: string,
  headers: IncomingHttpHeaders,
): boolean;
