import { describe, expect, it } from 'vitest';
import { parseServerOptions } from '@/lib/server/parse-server-options.mjs';

describe('parseServerOptions', () => {
  it('serves localhost:3000 with a one-second, 64 MB microcache and no client runtime by default', () => {
    expect(parseServerOptions([], {})).toEqual({
      ok: true,
      value: {
        port: 3000,
        hostname: 'localhost',
        ttlMs: 1000,
        maxBytes: 64 * 1024 * 1024,
        clientRuntime: 'none',
      },
    });
  });

  it('reads the environment, and flags over it', () => {
    const env = {
      PORT: '4000',
      HOSTNAME: '0.0.0.0',
      MICROCACHE_TTL_MS: '0',
      MICROCACHE_MAX_BYTES: '1000',
      CLIENT_RUNTIME: 'next',
    };
    expect(parseServerOptions([], env)).toEqual({
      ok: true,
      value: { port: 4000, hostname: '0.0.0.0', ttlMs: 0, maxBytes: 1000, clientRuntime: 'next' },
    });
    expect(parseServerOptions(['-p', '5000', '--hostname=localhost'], env)).toMatchObject({
      ok: true,
      value: { port: 5000, hostname: 'localhost' },
    });
    expect(parseServerOptions(['--port=5001', '-H', '::1'], {})).toMatchObject({
      value: { port: 5001, hostname: '::1' },
    });
  });

  it('reports every problem at once, naming the setting and what was found', () => {
    expect(
      parseServerOptions(['-p', 'eighty', '--verbose', '-H'], {
        MICROCACHE_TTL_MS: '1.5',
        MICROCACHE_MAX_BYTES: '-1',
        CLIENT_RUNTIME: 'react',
      }),
    ).toEqual({
      ok: false,
      issues: [
        'unknown argument "--verbose": expected -p <port> or -H <hostname>',
        '-H expects a value',
        'port expected a whole number from 1 to 65535, found "eighty"',
        'MICROCACHE_TTL_MS expected a whole number from 0 to 3600000, found "1.5"',
        `MICROCACHE_MAX_BYTES expected a whole number from 0 to ${2 ** 40}, found "-1"`,
        'CLIENT_RUNTIME expected "none" or "next", found "react"',
      ],
    });
  });
});
