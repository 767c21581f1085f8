import type { IncomingMessage } from 'node:http';
import type { FillOutcome } from './create-microcache.mjs';
import type { NextResponse } from './start-internal-origin.mjs';

/** Asks Next.js for a request's page; a storable answer becomes a cache entry, any other comes back as it is. */
export function fillFromNext(
  fetchFromNext: (request: IncomingMessage) => Promise<NextResponse>,
  request: IncomingMessage,
  options: { ttlMs: number; staleCapMs: number; now?: () => number },
): Promise<FillOutcome>;
