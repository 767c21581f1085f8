import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createRelayListener } from '@/lib/server/relay-whole-response.mjs';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function serve(relay: Parameters<typeof createRelayListener>[0]['relay']) {
  const handled: string[] = [];
  const listener = createRelayListener({
    handle: async (request, response) => {
      handled.push(request.url!);
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('streamed from Next.js');
    },
    relay,
  });
  const server = http.createServer(listener).listen(0, '127.0.0.1');
  servers.push(server);
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, handled };
}

describe('createRelayListener (the server with the microcache off)', () => {
  it('sends pages whole through the relay with their own length, and streams the rest', async () => {
    const body = Buffer.from('<p>Café</p>');
    const { url, handled } = await serve(async () => ({
      status: 404,
      headers: {},
      rawHeaders: ['Content-Type', 'text/html', 'Content-Length', '999', 'Connection', 'close'],
      body,
    }));
    const page = await fetch(`${url}/news/a`);
    expect([page.status, page.headers.get('x-cache'), page.headers.get('content-length')]).toEqual([
      404,
      'BYPASS',
      String(body.length),
    ]);
    expect(await page.text()).toBe('<p>Café</p>');
    const head = await fetch(`${url}/news/a`, { method: 'HEAD' });
    expect(await head.text()).toBe('');
    const navigation = await fetch(`${url}/news/a`, { headers: { rsc: '1' } });
    expect(await navigation.text()).toBe('streamed from Next.js');
    expect(handled).toEqual(['/news/a']);
  });

  it('answers 502 with a plain message when the relay fails', async () => {
    const { url } = await serve(async () => {
      throw new Error('connect ECONNREFUSED');
    });
    const response = await fetch(`${url}/news/a`);
    expect([response.status, response.headers.get('cache-control')]).toEqual([502, 'no-store']);
    expect(await response.text()).toMatch(/^Bad Gateway/);
  });
});
