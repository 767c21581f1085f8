import type { IncomingHttpHeaders, IncomingMessage } from 'node:http';
import type { RequestHandler } from './handle-safely.mjs';

export interface NextResponse {
  status: number;
  headers: IncomingHttpHeaders;
  /** Flat [name, value, …] as Next.js sent them, duplicates kept. */
  rawHeaders: string[];
  body: Buffer;
}

export interface InternalOrigin {
  /** Fetches the request's own path, or `path` with the request's headers. */
  fetch(request: IncomingMessage, path?: string): Promise<NextResponse>;
  close(): void;
}

/** Serves Next.js's handler on a random loopback port and fetches whole, uncompressed responses from it. */
export function startInternalOrigin(handle: RequestHandler): Promise<InternalOrigin>;
