import type { IncomingMessage } from 'node:http';
import type { CacheState, StoredResponse } from './build-stored-response.mjs';
import type { NextResponse } from './start-internal-origin.mjs';

export type FillOutcome =
  { entry: StoredResponse; response?: never } | { response: NextResponse; entry?: never };
export type FillResult = { request: IncomingMessage } & (
  FillOutcome | { error: Error; entry?: never; response?: never }
);

export interface Microcache {
  lookup(key: string, request: IncomingMessage): { entry: StoredResponse; state: CacheState } | undefined;
  isPassed(key: string): boolean;
  fill(key: string, request: IncomingMessage): Promise<FillResult>;
  clear(): void;
}

/** The microcache's state, without HTTP: entries, fills under way, and paths that go straight to Next.js. */
export function createMicrocache(options: {
  fill: (request: IncomingMessage) => Promise<FillOutcome>;
  maxBytes: number;
  passMs: number;
  now?: () => number;
}): Microcache;
