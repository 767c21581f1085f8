import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContentIndex } from '@/lib/content/load-content-index';
import type { Article } from '@/lib/content/article';
import { type RedisServer, startRedis } from '../support/redis-server';
import { launchBrowser, openPage } from './support/browser';
import { buildSite, type SiteServer, startSite } from './support/site-server';

// Two `next start` instances of one build share one Redis, as behind a load balancer. They serve a
// copy of the sample content, so the test can edit an article on disk.
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = 'tests/.tmp/next-redis';
const CONTENT = path.join(ROOT, 'tests/.tmp/redis-content');
const LOGS = path.join(ROOT, 'tests/.tmp');
const SECRET = 'test-revalidate-secret-0123456789';
const LATE_SLUG = 'story-published-after-the-deploy';

let redis: RedisServer;
let a: SiteServer;
let b: SiteServer;
let articles: Article[];

beforeAll(async () => {
  await rm(CONTENT, { recursive: true, force: true });
  await cp(path.join(ROOT, 'content'), CONTENT, { recursive: true });
  await buildSite({ NEXT_DIST_DIR: DIST, CONTENT_DIR: CONTENT }, 'build-redis');
  // Never prerendered: an instance can have this page only by rendering it or from the shared cache.
  await writeFile(path.join(CONTENT, 'articles', `${LATE_SLUG}.md`), lateStory());
  const { result } = await loadContentIndex(CONTENT);
  if (!result.ok) throw new Error('the copied sample content is invalid');
  articles = result.value.articles.filter(
    (article) => !article.draft && Date.parse(article.date) < Date.now() && article.slug !== LATE_SLUG,
  );

  redis = await startRedis();
  const env = { NEXT_DIST_DIR: DIST, CONTENT_DIR: CONTENT, REDIS_URL: redis.url, REVALIDATE_SECRET: SECRET };
  a = await startSite(env, 'server-redis-a');
  b = await startSite(env, 'server-redis-b');
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await redis?.stop();
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
  await rm(CONTENT, { recursive: true, force: true });
});

function lateStory(title = 'Late story for the shared cache'): string {
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 19);
  return [
    '---',
    `title: "${title}"`,
    `date: ${yesterday}`,
    'author: yusuf-haddad',
    'section: news',
    'tags: [transport]',
    'summary: "Published after the build, so no instance has it prerendered."',
    '---',
    '',
    'A paragraph written after the deploy.',
    '',
  ].join('\n');
}

async function get(server: SiteServer, pathname: string) {
  const response = await fetch(`${server.url}${pathname}`, { redirect: 'manual' });
  return {
    status: response.status,
    cache: response.headers.get('x-nextjs-cache'),
    body: await response.text(),
  };
}

function revalidate(server: SiteServer, body: unknown, headers: Record<string, string> = {}) {
  return fetch(`${server.url}/api/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** Requests a path until `accept` holds, for at most 15 s (the hook's writes finish just after its reply). */
async function poll(server: SiteServer, pathname: string, accept: (body: string) => boolean) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const result = await get(server, pathname);
    if (accept(result.body) || Date.now() > deadline) return result;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function logOf(name: string): Promise<string> {
  return readFile(path.join(LOGS, `${name}.log`), 'utf8');
}

async function untilLogged(name: string, pattern: RegExp, count: number): Promise<void> {
  const deadline = Date.now() + 20_000;
  while ((await logOf(name)).match(pattern)?.length !== count) {
    if (Date.now() > deadline)
      throw new Error(`${name}.log never showed ${pattern} ${count} times:\n${await logOf(name)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('two instances sharing one Redis', () => {
  it('serves a page rendered by one instance as a cache hit on the other', async () => {
    const first = await get(a, `/news/${LATE_SLUG}`);
    expect(first.status).toBe(200);
    expect(first.cache).toBe('MISS');
    expect(first.body).toContain('Late story for the shared cache');
    const second = await get(b, `/news/${LATE_SLUG}`);
    expect(second.status).toBe(200);
    expect(second.cache).toBe('HIT');
    expect(second.body).toContain('Late story for the shared cache');
  });

  it('navigates in a real browser on the second instance with pages the first one rendered', async () => {
    const article = articles[0]!;
    await get(a, '/');
    await get(a, `/${article.section}/${article.slug}`);
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const { page, response, errors, external, close } = await openPage(browser, b.url, '/');
      expect(response?.status()).toBe(200);
      await page.locator(`a[href="/${article.section}/${article.slug}"]`).first().click();
      await page.waitForURL(`${b.url}/${article.section}/${article.slug}`);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(article.title);
      expect(errors).toEqual([]);
      expect(external).toEqual([]);
      await close();
    } finally {
      await browser?.close();
    }
  });

  it('serves an edited and a newly added article on both instances after one revalidate call', async () => {
    const article = articles[1]!;
    const url = `/${article.section}/${article.slug}`;
    const headline = `Edited headline ${Date.now()}`;
    expect((await get(a, url)).status).toBe(200);
    expect((await get(b, url)).cache).toBe('HIT');

    // Loaded from the copy, so the article's file (relative to the project) is in the copy.
    const copy = path.join(ROOT, article.file);
    expect(copy.startsWith(CONTENT)).toBe(true);
    const text = await readFile(copy, 'utf8');
    const edited = text
      .replace(/^title: .*$/m, `title: "${headline}"`)
      .replace(/\n---\n/, '\n---\n\nCorrection-marker paragraph added by an editor.\n');
    expect(edited).not.toBe(text);
    await writeFile(copy, edited);
    const added = 'story-added-while-the-servers-run';
    await writeFile(path.join(CONTENT, 'articles', `${added}.md`), lateStory('Added while the servers run'));
    expect((await get(b, `/news/${added}`)).status).toBe(404);

    // Until the hook is called, both keep serving the cached version.
    expect((await get(a, url)).body).not.toContain(headline);
    expect((await get(b, url)).body).not.toContain(headline);

    const response = await revalidate(
      a,
      { slugs: [article.slug, added] },
      { authorization: `Bearer ${SECRET}` },
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      revalidated: expect.arrayContaining([url, `/news/${added}`, '/ (page)']),
      unknownSlugs: [],
    });

    // b never received the hook: it must reload its content and drop its cached pages on its own.
    for (const server of [b, a]) {
      const page = await poll(server, url, (body) => body.includes(headline));
      expect(page.status).toBe(200);
      expect(page.body).toContain(headline);
      expect(page.body).toContain('Correction-marker paragraph added by an editor.');
      const home = await poll(server, '/', (body) => body.includes(headline));
      expect(home.body).toContain(headline);
      expect(home.body).toContain(`/news/${added}`);
      const story = await poll(server, `/news/${added}`, (body) =>
        body.includes('Added while the servers run'),
      );
      expect(story.status).toBe(200);
    }
  });

  it('keeps both instances answering while Redis is down, then shares again once it is back', async () => {
    const [visited, unvisited, later] = [articles[2]!, articles[3]!, articles[4]!].map(
      (x) => `/${x.section}/${x.slug}`,
    );
    await get(a, visited!);
    await get(b, visited!);

    await redis.stop();
    for (const server of [a, b]) {
      for (const pathname of ['/', visited!, unvisited!, `/news/${LATE_SLUG}`, '/feed.xml', '/sitemap.xml']) {
        const { status, body } = await get(server, pathname);
        expect({ server: server.url, pathname, status }, body.slice(0, 2000)).toEqual({
          server: server.url,
          pathname,
          status: 200,
        });
      }
    }
    // One line per instance for the whole outage, however many requests it served.
    await untilLogged('server-redis-a', /Redis at [^ ]+ is unreachable/g, 1);
    await untilLogged('server-redis-b', /Redis at [^ ]+ is unreachable/g, 1);

    await redis.start();
    await untilLogged('server-redis-a', /is back; the cache is shared again/g, 1);
    await untilLogged('server-redis-b', /is back; the cache is shared again/g, 1);
    expect((await logOf('server-redis-a')).match(/is unreachable/g)).toHaveLength(1);
    const first = await get(a, later!);
    expect(first.status).toBe(200);
    expect(first.cache).toBe('MISS');
    const second = await get(b, later!);
    expect(second.status).toBe(200);
    expect(second.cache).toBe('HIT');
  });
});

describe('POST /api/revalidate', () => {
  it('refuses a request without the secret or with a wrong one', async () => {
    const client = { 'x-forwarded-for': '198.51.100.1' };
    const missing = await revalidate(a, { all: true }, client);
    expect(missing.status).toBe(401);
    expect(missing.headers.get('www-authenticate')).toBe('Bearer');
    expect(
      (await revalidate(a, { all: true }, { ...client, authorization: `Bearer ${SECRET}x` })).status,
    ).toBe(401);
    expect((await revalidate(a, { all: true }, { ...client, authorization: SECRET })).status).toBe(401);
    expect(
      (await revalidate(a, { slugz: ['x'] }, { ...client, authorization: `Bearer ${SECRET}` })).status,
    ).toBe(400);
  });

  it('keeps serving the previous content when the edited content is broken', async () => {
    const broken = path.join(CONTENT, 'articles', 'broken-story.md');
    await writeFile(
      broken,
      lateStory('A story by nobody').replace('author: yusuf-haddad', 'author: nobody-at-all'),
    );
    try {
      const client = { 'x-forwarded-for': '198.51.100.4', authorization: `Bearer ${SECRET}` };
      const response = await revalidate(a, { all: true }, client);
      expect(response.status).toBe(422);
      const { report } = (await response.json()) as { report: string };
      expect(report).toContain('broken-story.md');
      expect(report).toContain('nobody-at-all');
      for (const server of [a, b]) expect((await get(server, `/news/${LATE_SLUG}`)).status).toBe(200);
    } finally {
      await rm(broken);
    }
  });

  it('answers 429 after 10 requests a minute from one address', async () => {
    const client = { 'x-forwarded-for': '198.51.100.2', authorization: 'Bearer wrong' };
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await revalidate(b, { all: true }, client)).status);
    expect(statuses).toEqual([...Array(10).fill(401), 429]);
    const limited = await revalidate(b, { all: true }, client);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Another address is not affected.
    expect(
      (await revalidate(b, { all: true }, { ...client, 'x-forwarded-for': '198.51.100.3' })).status,
    ).toBe(401);
  });
});

describe('a live story on two instances sharing Redis', () => {
  it('shows a new update file on both within 15 s, and drops a deleted one from both', async () => {
    const story = '/news/storm-morven-live';
    const marker = `Update for both instances ${Date.now()}`;
    const file = path.join(CONTENT, 'live/storm-morven-live/2026-12-03T0700-both.md');
    await writeFile(
      file,
      `---\ntime: ${new Date(Date.now() - 60_000).toISOString()}\ntitle: "${marker}"\n---\n\nSeen everywhere.\n`,
    );
    const until = async (server: SiteServer, accept: (body: string) => boolean) => {
      const started = Date.now();
      let body = '';
      while (Date.now() - started < 15_000) {
        body = (await get(server, story)).body;
        if (accept(body)) break;
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
      return body;
    };
    for (const server of [a, b])
      expect(await until(server, (body) => body.includes(marker))).toContain(marker);
    await rm(file);
    for (const server of [a, b])
      expect(await until(server, (body) => !body.includes(marker))).not.toContain(marker);
  }, 90_000);
});
