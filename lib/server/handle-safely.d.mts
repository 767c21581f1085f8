import type { IncomingMessage, ServerResponse } from 'node:http';

export type RequestHandler = (request: IncomingMessage, response: ServerResponse) => Promise<void>;

/** Runs Next.js's request handler, answering 500 if it throws before it answered. */
export function handleSafely(
  handle: RequestHandler,
  request: IncomingMessage,
  response: ServerResponse,
): void;
