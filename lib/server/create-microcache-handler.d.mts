import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FillOutcome } from './create-microcache.mjs';
import type { RequestHandler } from './handle-safely.mjs';
import type { Relay } from './relay-whole-response.mjs';

/** The server's request listener: cacheable GET and HEAD from the microcache, other pages through `relay`, the rest to Next.js. */
export function createMicrocacheHandler(options: {
  handle: RequestHandler;
  fill: (request: IncomingMessage) => Promise<FillOutcome>;
  relay: Relay;
  maxBytes: number;
  passMs: number;
}): { listener: (request: IncomingMessage, response: ServerResponse) => void; clear: () => void };
