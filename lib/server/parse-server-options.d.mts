export interface ServerOptions {
  port: number;
  hostname: string;
  /** How long an entry is fresh; 0 turns the microcache off. */
  ttlMs: number;
  maxBytes: number;
  /** `none`: pages are sent without Next.js's scripts; `next`: as Next.js renders them. */
  clientRuntime: 'none' | 'next';
}

/** The server's settings from its flags and environment; flags win. */
export function parseServerOptions(
  argv: readonly string[],
  env: Record<string, string | undefined>,
): { ok: true; value: ServerOptions } | { ok: false; issues: string[] };
