import type { IncomingHttpHeaders } from 'node:http';

/** Whether a response from Next.js may be kept and shared (see the .mjs file for the rules). */
export function isStorableResponse(status: number, headers: IncomingHttpHeaders): boolean;
