import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createMicrocacheHandler } from '@/lib/server/create-microcache-handler.mjs';
import { NOT_FOUND_PATH } from '@/lib/server/not-found-path.mjs';

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

// A stand-in for Next.js behind the listener: it counts what it is asked to render.
async function serve() {
  const rendered: string[] = [];
  const filled: string[] = [];
  let version = 1;
  const handler = createMicrocacheHandler({
    handle: async (_request, response) => void response.writeHead(500).end(),
    fill: async (request) => {
      filled.push(request.url!);
      return {
        response: {
          status: 404,
          headers: {},
          rawHeaders: ['Cache-Control', 'private'],
          body: Buffer.from('own 404'),
        },
      };
    },
    relay: async (request) => {
      rendered.push(request.url!);
      const body = Buffer.from(`<!doctype html><h1>Not found, version ${version}</h1>`);
      return {
        status: 404,
        headers: { 'content-type': 'text/html' },
        rawHeaders: ['Content-Type', 'text/html', 'Cache-Control', 'private'],
        body,
      };
    },
    maxBytes: 1_000_000,
    passMs: 60_000,
    isMissing: async (url) => !url.startsWith('/real'),
  });
  const server = http.createServer(handler.listener).listen(0, '127.0.0.1');
  servers.push(server);
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo; // listening on TCP, so the address is an object
  return { url: `http://127.0.0.1:${port}`, rendered, filled, clear: handler.clear, bump: () => version++ };
}

describe('the shared not-found page', () => {
  it('answers every invented path from one page rendered once, and fills nothing for them', async () => {
    const site = await serve();
    for (let i = 0; i < 50; i++) {
      const response = await fetch(`${site.url}/invented-${Math.random().toString(36).slice(2)}?x=${i}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('x-cache')).toBe('HIT');
      expect(await response.text()).toContain('Not found, version 1');
    }
    expect(site.rendered).toEqual([NOT_FOUND_PATH]);
    // Nothing per URL was filled or remembered: a path the router knows still reaches the fill.
    expect(site.filled).toEqual([]);
    await fetch(`${site.url}/real-page`);
    expect(site.filled).toEqual(['/real-page']);
  });

  it('renders the page again after the content changes', async () => {
    const site = await serve();
    expect(await (await fetch(`${site.url}/a`)).text()).toContain('version 1');
    site.bump();
    site.clear();
    expect(await (await fetch(`${site.url}/b`)).text()).toContain('version 2');
    expect(site.rendered).toEqual([NOT_FOUND_PATH, NOT_FOUND_PATH]);
  });
});
