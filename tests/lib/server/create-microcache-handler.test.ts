import { once } from 'node:events';
import http, { type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStoredResponse } from '@/lib/server/build-stored-response.mjs';
import { createMicrocacheHandler } from '@/lib/server/create-microcache-handler.mjs';
import type { FillOutcome } from '@/lib/server/create-microcache.mjs';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

/**
 * Serves the handler on a loopback port with a fill the test decides and stand-ins for Next.js: its
 * streaming handler, and the relay that fetches a whole page from it.
 */
async function serve(fill: (request: IncomingMessage) => Promise<FillOutcome>) {
  const handled: string[] = [];
  const relayed: string[] = [];
  const { listener } = createMicrocacheHandler({
    handle: async (request, response) => {
      handled.push(request.url!);
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('from Next.js');
    },
    fill,
    relay: async (request) => {
      relayed.push(request.url!);
      const body = Buffer.from('relayed from Next.js');
      return { status: 200, headers: {}, rawHeaders: ['Cache-Control', 'private'], body };
    },
    maxBytes: 1_000_000,
    passMs: 60_000,
  });
  const server = http.createServer(listener).listen(0, '127.0.0.1');
  servers.push(server);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo; // listening on TCP, so the address is an object
  return { url: `http://127.0.0.1:${port}`, handled, relayed };
}

/**
 * A GET with exactly these headers: fetch() adds `Cache-Control: no-cache` to any request carrying
 * If-None-Match (the Fetch standard's rule), which asks for the whole page.
 */
function conditionalGet(url: string, headers: Record<string, string>) {
  return new Promise<{ status: number; etag: string | undefined }>((resolve, reject) => {
    http
      .get(url, { headers, agent: false }, (response) => {
        response.resume();
        response.on('end', () => resolve({ status: response.statusCode ?? 0, etag: response.headers.etag }));
      })
      .on('error', reject);
  });
}

const page = (body = 'the page') =>
  buildStoredResponse({
    status: 200,
    rawHeaders: ['Content-Type', 'text/html', 'ETag', '"v1"', 'Cache-Control', 's-maxage=60'],
    bodies: { identity: Buffer.from(body) },
    filledAt: performance.now(),
    freshMs: 1000,
    staleLimitMs: 60_000,
  });

describe('createMicrocacheHandler', () => {
  it('answers a miss, then a hit, with the same body', async () => {
    let fills = 0;
    const { url } = await serve(async () => (fills++, { entry: page() }));
    const first = await fetch(`${url}/news/a`);
    const second = await fetch(`${url}/news/a`);
    expect([first.headers.get('x-cache'), await first.text()]).toEqual(['MISS', 'the page']);
    expect([second.headers.get('x-cache'), await second.text()]).toEqual(['HIT', 'the page']);
    expect(fills).toBe(1);
  });

  it('answers HEAD from the entry, with its length and no body', async () => {
    const { url } = await serve(async () => ({ entry: page() }));
    const response = await fetch(`${url}/news/a`, { method: 'HEAD' });
    expect(response.headers.get('content-length')).toBe('8');
    expect(await response.text()).toBe('');
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const { url } = await serve(async () => ({ entry: page() }));
    await fetch(`${url}/news/a`);
    const response = await conditionalGet(`${url}/news/a`, { 'if-none-match': '"v1"' });
    expect(response.status).toBe(304);
    expect(response.etag).toBe('"v1"');
  });

  it('compares If-None-Match weakly, among other tags, and answers a reload or another tag in full', async () => {
    const { url } = await serve(async () => ({ entry: page() }));
    await fetch(`${url}/news/a`);
    const statusFor = async (headers: Record<string, string>) =>
      (await conditionalGet(`${url}/news/a`, headers)).status;
    expect(await statusFor({ 'if-none-match': '"zz", W/"v1"' })).toBe(304);
    expect(await statusFor({ 'if-none-match': '*' })).toBe(304);
    // A compressed variant's tag is weak (W/"v1"); the client sends back what it got.
    expect(await statusFor({ 'if-none-match': 'W/"v1"', 'accept-encoding': 'identity' })).toBe(304);
    expect(await statusFor({ 'if-none-match': '"v2"' })).toBe(200);
    expect(await statusFor({ 'if-none-match': 'v1' })).toBe(200);
    expect(await statusFor({ 'if-none-match': '"v1"', 'cache-control': 'no-cache' })).toBe(200);
  });

  it('streams requests for something other than a page from Next.js: navigation, API, images', async () => {
    const { url, handled, relayed } = await serve(async () => ({ entry: page() }));
    const responses = await Promise.all([
      fetch(`${url}/news/a`, { headers: { rsc: '1' } }),
      fetch(`${url}/api/revalidate`, { method: 'POST' }),
      fetch(`${url}/_next/image?url=%2Fa.jpg&w=640&q=75`),
    ]);
    for (const response of responses) {
      expect(await response.text()).toBe('from Next.js');
      expect(response.headers.get('x-cache')).toBeNull();
    }
    expect(handled.sort()).toEqual(['/_next/image?url=%2Fa.jpg&w=640&q=75', '/api/revalidate', '/news/a']);
    expect(relayed).toEqual([]);
  });

  it('relays pages it must not keep whole, without asking the cache: draft mode', async () => {
    let fills = 0;
    const { url, handled, relayed } = await serve(async () => (fills++, { entry: page() }));
    const response = await fetch(`${url}/news/a`, { headers: { cookie: '__prerender_bypass=1' } });
    expect([response.headers.get('x-cache'), await response.text()]).toEqual([
      'BYPASS',
      'relayed from Next.js',
    ]);
    expect([fills, handled, relayed]).toEqual([0, [], ['/news/a']]);
  });

  it('gives an uncacheable answer only to the client that asked; the others ask Next.js themselves', async () => {
    let release = () => {};
    const { url, handled, relayed } = await serve(async () => {
      await new Promise<void>((resolve) => (release = resolve));
      const body = Buffer.from('for you alone');
      return { response: { status: 200, headers: {}, rawHeaders: ['Cache-Control', 'private'], body } };
    });
    const first = fetch(`${url}/search?q=a`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const second = fetch(`${url}/search?q=a`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const [a, b] = await Promise.all([first, second]);
    expect([a.headers.get('cache-control'), a.headers.get('x-cache'), await a.text()]).toEqual([
      'private',
      'MISS',
      'for you alone',
    ]);
    expect([b.headers.get('x-cache'), await b.text()]).toEqual(['BYPASS', 'relayed from Next.js']);
    // The path is remembered: the next request goes straight to Next.js, still whole.
    expect(await (await fetch(`${url}/search?q=b`)).text()).toBe('relayed from Next.js');
    expect([handled, relayed]).toEqual([[], ['/search?q=a', '/search?q=b']]);
  });

  it('answers 502 with a plain message when Next.js cannot be reached, and keeps nothing', async () => {
    let fails = true;
    const { url } = await serve(async () => {
      if (fails) throw new Error('connect ECONNREFUSED');
      return { entry: page() };
    });
    const failed = await fetch(`${url}/news/a`);
    expect(failed.status).toBe(502);
    expect(await failed.text()).toMatch(/^Bad Gateway: the page could not be rendered/);
    fails = false;
    const next = await fetch(`${url}/news/a`);
    expect([next.status, next.headers.get('x-cache')]).toEqual([200, 'MISS']);
  });
});
