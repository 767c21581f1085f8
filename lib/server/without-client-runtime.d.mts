import type { NextResponse } from './start-internal-origin.mjs';

/** An HTML response without the client runtime, under a policy that runs no script; others untouched. */
export function withoutClientRuntime(response: NextResponse): NextResponse;
/** A Content-Security-Policy with script-src 'none' in place of its script directives. */
export function noScriptPolicy(policy: string): string;
