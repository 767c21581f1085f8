import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from './handle-safely.mjs';
import type { NextResponse } from './start-internal-origin.mjs';

export type Relay = (request: IncomingMessage) => Promise<NextResponse>;

/** Sends a whole response from Next.js (or a 502 for an error) with its X-Cache state. */
export function sendWholeResponse(
  request: IncomingMessage,
  response: ServerResponse,
  result: { response: NextResponse; error?: never } | { error: Error; response?: never },
  state: 'MISS' | 'BYPASS',
): void;
/** Fetches a request's whole response through `relay` and sends it on, never kept. */
export function relayWholeResponse(relay: Relay, request: IncomingMessage, response: ServerResponse): void;
/** The listener without a cache: pages through `relay`, everything else streamed from Next.js. */
export function createRelayListener(options: {
  handle: RequestHandler;
  relay: Relay;
}): (request: IncomingMessage, response: ServerResponse) => void;
