import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FillOutcome } from './create-microcache.mjs';
import type { RequestHandler } from './handle-safely.mjs';

/** The server's request listener: cacheable GET and HEAD from the microcache, the rest to Next.js. */
export function createMicrocacheHandler(options: {
  handle: RequestHandler;
  fill: (request: IncomingMessage) => Promise<FillOutcome>;
  maxBytes: number;
  passMs: number;
}): { listener: (request: IncomingMessage, response: ServerResponse) => void; clear: () => void };
