import type { IncomingMessage } from 'node:http';
import type { Relay } from './relay-whole-response.mjs';
import type { NextResponse } from './start-internal-origin.mjs';

/** Gets pages whole from Next.js: its empty 404 shell replaced by the 404 page, the client runtime cut. */
export function createPageRelay(
  fetchFromNext: (request: IncomingMessage, path?: string) => Promise<NextResponse>,
  options: { clientRuntime: 'none' | 'next' },
): Relay;
