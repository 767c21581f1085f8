import { cp, readFile, rm, stat } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { loadSampleContent } from './support/sample-content';
import { type SiteServer, startSite } from './support/site-server';

// Its own server on a copy of the build: it has a revalidation secret, and its first request for a
// page is surely a miss.
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = 'tests/.tmp/next-microcache';
const SECRET = 'test-microcache-secret-0123456789';
const ARTICLE = '/business/carmaker-liverpool-european-research-headquarters';

let server: SiteServer;
let oldest: { path: string; cached: string; mtimeMs: number };
beforeAll(async () => {
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
  await cp(path.join(ROOT, '.next'), path.join(ROOT, DIST), { recursive: true });
  const story = (await loadSampleContent()).published.at(-1)!;
  const cached = path.join(ROOT, DIST, 'server/app', story.section, `${story.slug}.html`);
  oldest = { path: `/${story.section}/${story.slug}`, cached, mtimeMs: (await stat(cached)).mtimeMs };
  server = await startSite({ NEXT_DIST_DIR: DIST, REVALIDATE_SECRET: SECRET }, 'server-microcache');
});
afterAll(async () => {
  await server?.stop();
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** One request with exactly these headers, the body as it came over the wire (nothing decoded). */
function request(target: string, options: { method?: string; headers?: Record<string, string> } = {}) {
  return new Promise<RawResponse>((resolve, reject) => {
    const outgoing = http.request(`${server.url}${target}`, {
      method: options.method ?? 'GET',
      headers: { 'accept-encoding': 'identity', ...options.headers },
      agent: false,
    });
    outgoing.on('response', (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () =>
        resolve({ status: incoming.statusCode ?? 0, headers: incoming.headers, body: Buffer.concat(chunks) }),
      );
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

describe('npm start', () => {
  it('loads the content and renders the oldest story before it listens, writing nothing to the page cache', async () => {
    const log = await readFile(path.join(ROOT, 'tests/.tmp/server-microcache.log'), 'utf8');
    const warmed = /^Warmed up: (.*)$/m.exec(log)?.[1];
    expect(warmed).toMatch(new RegExp(`^/ 200 in \\d+ ms, ${oldest.path} 200 in \\d+ ms$`));
    expect(log.indexOf('Warmed up')).toBeLessThan(log.indexOf('Ready on'));
    expect(log).not.toContain('failed');
    // Rendered in draft mode: the page the build cached is still the one served.
    expect((await stat(oldest.cached)).mtimeMs).toBe(oldest.mtimeMs);
  });
});

describe('the microcache in front of Next.js', () => {
  it('answers the second request for an article from memory, byte for byte the same', async () => {
    const first = await request(ARTICLE);
    const second = await request(ARTICLE);
    expect([first.status, first.headers['x-cache']]).toEqual([200, 'MISS']);
    expect([second.status, second.headers['x-cache']]).toEqual([200, 'HIT']);
    expect(second.body.equals(first.body)).toBe(true);
    expect(second.body.toString()).toContain('</html>');
    expect(second.headers['content-length']).toBe(String(second.body.length));
    expect(second.headers['cache-control']).toMatch(/s-maxage=\d+/);
    expect(second.headers['content-security-policy']).toContain("default-src 'self'");
  });

  it('sends brotli or gzip as the client prefers, each decoding to the same HTML', async () => {
    const identity = await request(ARTICLE);
    const br = await request(ARTICLE, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    const gzip = await request(ARTICLE, { headers: { 'accept-encoding': 'gzip, br;q=0.5' } });
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(identity.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(identity.body)).toBe(true);
    expect(br.body.length).toBeLessThan(identity.body.length / 3);
    for (const response of [identity, br, gzip]) {
      expect(response.headers.vary).toMatch(/\bAccept-Encoding\b/i);
      expect(response.headers.vary).toMatch(/^rsc, next-router-state-tree/);
    }
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const get = await request(ARTICLE);
    const head = await request(ARTICLE, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe(String(get.body.length));
    expect(head.headers['x-cache']).toMatch(/^(HIT|STALE)$/);
    expect(head.body.length).toBe(0);
  });

  it('answers 304 when the client already has the page', async () => {
    const { headers } = await request(ARTICLE, { headers: { 'accept-encoding': 'br' } });
    expect(headers.etag).toBeTruthy();
    const again = await request(ARTICLE, {
      headers: { 'accept-encoding': 'br', 'if-none-match': headers.etag! },
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('answers a request with router headers with the cached page: no router is there to send them', async () => {
    const plain = await request(ARTICLE);
    const response = await request(ARTICLE, { headers: { RSC: '1', 'Next-Router-Prefetch': '1' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.headers['x-cache']).toMatch(/^(HIT|STALE)$/);
    expect(response.headers['content-security-policy']).toContain("script-src 'none'");
    expect(response.body.equals(plain.body)).toBe(true);
  });

  it('shares a search page for one second only, and still tells browsers it is private', async () => {
    const query = `/search?q=rail&n=${Date.now()}`;
    const first = await request(query);
    const again = await request(query);
    expect([first.status, first.headers['x-cache']]).toEqual([200, 'MISS']);
    expect([again.status, again.headers['x-cache']]).toEqual([200, 'HIT']);
    for (const response of [first, again]) {
      expect(response.headers['cache-control']).toMatch(/private/);
      expect(response.headers['x-briefly-shared']).toBeUndefined();
    }
    // Never served stale: after the lifetime, Next.js is asked again.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await request(query)).headers['x-cache']).toBe('MISS');
    expect((await request(`/search?q=leeds&n=${Date.now()}`)).headers['x-cache']).toBe('MISS');
  });

  it('asks Next.js again after POST /api/revalidate', async () => {
    await request(ARTICLE);
    expect((await request(ARTICLE)).headers['x-cache']).toMatch(/^(HIT|STALE)$/);
    const response = await fetch(`${server.url}/api/revalidate`, {
      method: 'POST',
      headers: { authorization: `Bearer ${SECRET}`, 'content-type': 'application/json' },
      body: JSON.stringify({ slugs: [path.basename(ARTICLE)] }),
    });
    expect(response.status).toBe(200);
    const after = await request(ARTICLE);
    expect([after.status, after.headers['x-cache']]).toEqual([200, 'MISS']);
  });

  it('answers TRACE with 405 and a malformed escape with the 404 page, twice over', async () => {
    for (let i = 0; i < 2; i++) {
      expect((await request('/news', { method: 'TRACE' })).status).toBe(405);
      for (const target of ['/%', '/news/%E0%A4%A']) {
        const response = await request(target);
        expect({ target, status: response.status }).toEqual({ target, status: 404 });
      }
    }
  });

  it('serves pages a browser decodes and whose links it follows, from the cache too', async () => {
    const browser = await launchBrowser();
    try {
      for (let visit = 0; visit < 2; visit++) {
        const { page, response, errors, external, close } = await openPage(browser, server.url, ARTICLE);
        expect(response?.status()).toBe(200);
        expect(await response?.headerValue('content-encoding')).toBe('br');
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Liverpool/);
        await page
          .getByRole('navigation', { name: 'Breadcrumb' })
          .getByRole('link', { name: 'Business' })
          .click();
        await page.waitForURL(`${server.url}/business`);
        await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/Business/);
        expect(errors).toEqual([]);
        expect(external).toEqual([]);
        await close();
      }
    } finally {
      await browser.close();
    }
  });
});
