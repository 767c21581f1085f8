import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { buildStoredResponse } from '@/lib/server/build-stored-response.mjs';
import { startProcessMicrocache } from '@/lib/server/start-process-microcache.mjs';
import { announceContentChanged } from '@/lib/state/process-state.mjs';

let fills = 0;
const options = {
  handle: async () => {},
  fill: async () => {
    fills++;
    const entry = buildStoredResponse({
      status: 200,
      rawHeaders: ['Content-Type', 'text/html', 'Cache-Control', 's-maxage=60'],
      bodies: { identity: Buffer.from(`fill ${fills}`) },
      filledAt: performance.now(),
      freshMs: 60_000,
      staleLimitMs: 60_000,
    });
    return { entry };
  },
  relay: async () => ({ status: 200, headers: {}, rawHeaders: [], body: Buffer.from('') }),
  maxBytes: 1_000_000,
  passMs: 60_000,
};
const microcache = startProcessMicrocache(options);
const server = http.createServer(microcache.listener).listen(0, '127.0.0.1');
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function get(pathname: string) {
  if (!server.listening) await once(server, 'listening');
  const { port } = server.address() as AddressInfo; // listening on TCP, so the address is an object
  const response = await fetch(`http://127.0.0.1:${port}${pathname}`);
  return [response.headers.get('x-cache'), await response.text()];
}

describe('startProcessMicrocache', () => {
  it('makes one microcache per process, however many bundles ask', () => {
    expect(startProcessMicrocache({ ...options, maxBytes: 1 })).toBe(microcache);
  });

  it('empties itself when the content changes, whoever announces it', async () => {
    expect(await get('/news/a')).toEqual(['MISS', 'fill 1']);
    expect(await get('/news/a')).toEqual(['HIT', 'fill 1']);
    announceContentChanged({ source: 'redis' });
    expect(await get('/news/a')).toEqual(['MISS', 'fill 2']);
    announceContentChanged({ source: 'reload' });
    expect(await get('/news/a')).toEqual(['MISS', 'fill 3']);
  });
});
