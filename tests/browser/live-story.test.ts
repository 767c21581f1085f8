import { cp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIVE_REFRESH_SCRIPT } from '@/lib/live/live-refresh-script.mjs';
import { launchBrowser, openPage } from './support/browser';
import { type SiteServer, startSite } from './support/site-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = 'tests/.tmp/next-live';
// A copy of the sample content the test may write into, as a newsroom's server would receive files.
const CONTENT = path.join(ROOT, 'tests/.tmp/content-live');
const STORY = '/news/storm-morven-live';
const ENDED = '/news/mayoral-count-live';
const FOLDER = path.join(CONTENT, 'live/storm-morven-live');
const SECRET = 'live-test-secret';

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
  await rm(CONTENT, { recursive: true, force: true });
  await cp(path.join(ROOT, '.next'), path.join(ROOT, DIST), { recursive: true });
  await cp(path.join(ROOT, 'content'), CONTENT, { recursive: true });
  server = await startSite(
    { NEXT_DIST_DIR: DIST, CONTENT_DIR: CONTENT, REVALIDATE_SECRET: SECRET },
    'server-live',
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
  await rm(CONTENT, { recursive: true, force: true });
});

const get = async (url: string) => (await fetch(`${server.url}${url}`)).text();

/** Requests a path until `accept` holds, for at most `ms`; returns the last body and how long it took. */
async function poll(url: string, accept: (body: string) => boolean, ms = 15_000) {
  const started = Date.now();
  for (;;) {
    const body = await get(url);
    if (accept(body) || Date.now() - started > ms) return { body, ms: Date.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

function jsonLdOf(html: string): Record<string, unknown>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => JSON.parse(m[1] ?? '') as Record<string, unknown>,
  );
}
const liveBlogOf = (html: string) =>
  jsonLdOf(html).find((d) => d['@type'] === 'LiveBlogPosting') as
    | { liveBlogUpdate: { headline: string; url: string; datePublished: string; articleBody: string }[] }
    | undefined;

describe('a live story', () => {
  it('reads without JavaScript: status, pinned update, key events and timestamped updates, newest first', async () => {
    const opened = await openPage(browser, server.url, STORY, { javaScript: false });
    const { page } = opened;
    expect(opened.response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toContain('Storm Morven live');
    await expect(page.locator('.live-status').textContent()).resolves.toMatch(
      /^Live Last updated .*\d\d:\d\d GMT$/,
    );
    // The pinned update, then the key events, each linking to an update's anchor on this page.
    await expect(page.getByRole('region', { name: 'Pinned' }).locator('h3').textContent()).resolves.toBe(
      'What to do if your home is at risk',
    );
    const keyLinks = await page
      .getByRole('navigation', { name: 'Key events' })
      .locator('a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(keyLinks.length).toBeGreaterThanOrEqual(3);
    for (const href of keyLinks) {
      expect(href).toMatch(/^#update-/);
      await expect(page.locator(href).count()).resolves.toBe(1);
    }
    // Updates newest first, each with a <time datetime> in the site's zone and a permanent link.
    const updates = page.locator('.live-update-list > li > article');
    const times = await updates
      .locator('time')
      .evaluateAll((els) => els.map((t) => t.getAttribute('datetime') ?? ''));
    expect(times.length).toBe(await updates.count());
    expect(times.map((t) => Date.parse(t))).toEqual(times.map((t) => Date.parse(t)).sort((a, b) => b - a));
    const permalink = await updates
      .first()
      .getByRole('link', { name: 'Link to this update' })
      .getAttribute('href');
    const id = await updates.first().getAttribute('id');
    expect(permalink).toBe(`${STORY}/updates/${id?.replace(/^update-/, '')}`);
    await expect(page.getByRole('link', { name: 'Show latest updates' }).getAttribute('href')).resolves.toBe(
      STORY,
    );
    // Besides the structured data, the one script is the site's own "new updates" notice.
    await expect(page.locator('script:not([type="application/ld+json"])').allTextContents()).resolves.toEqual(
      [LIVE_REFRESH_SCRIPT],
    );
    await opened.close();

    // The permanent link finds the update on whichever page it is.
    const redirect = await fetch(`${server.url}${permalink}`, { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toBe(`${STORY}#${id}`);
  });

  it('is kept for seconds only, where an article keeps its minute', async () => {
    const live = await fetch(`${server.url}${STORY}`);
    expect(live.headers.get('cache-control')).toMatch(/s-maxage=5\b/);
    const feed = await fetch(`${server.url}${STORY}/feed.xml`);
    expect(feed.headers.get('cache-control')).toMatch(/max-age=5\b/);
    const article = await fetch(`${server.url}/news/council-budget-gaps-2027`);
    expect(article.headers.get('cache-control')).toMatch(/s-maxage=60\b/);
    // The internal route it is rendered by cannot be asked for by its own path.
    expect((await fetch(`${server.url}/_live${STORY}`)).status).toBe(404);
    expect((await fetch(`${server.url}/news/council-budget-gaps-2027/feed.xml`)).status).toBe(404);
  });

  it('describes itself as a LiveBlogPosting with its updates', async () => {
    const html = await get(STORY);
    const blog = jsonLdOf(html).find((d) => d['@type'] === 'LiveBlogPosting');
    expect(blog).toMatchObject({
      coverageStartTime: '2026-12-02T06:00:00+00:00',
      url: expect.stringContaining(STORY),
    });
    expect(blog?.coverageEndTime).toBeUndefined();
    const items = (blog?.liveBlogUpdate ?? []) as Record<string, unknown>[];
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(items[0]).toMatchObject({ '@type': 'BlogPosting', url: expect.stringMatching(/#update-/) });
    expect(jsonLdOf(html).some((d) => d['@type'] === 'BreadcrumbList')).toBe(true);

    const ended = await get(ENDED);
    expect(ended).toContain('Coverage ended');
    expect(jsonLdOf(ended).find((d) => d['@type'] === 'LiveBlogPosting')?.coverageEndTime).toBe(
      '2026-11-28T05:00:00+00:00',
    );
  });

  it('is labelled LIVE on the fronts while it is live, with its latest update time', async () => {
    for (const front of ['/', '/news']) {
      const opened = await openPage(browser, server.url, front, { javaScript: false });
      const card = opened.page.locator('.card', { has: opened.page.locator(`a[href="${STORY}"]`) }).first();
      await expect(card.locator('.live-label').innerText()).resolves.toBe('LIVE');
      // The time alone today; with its date once the day is over.
      await expect(card.locator('.meta').textContent()).resolves.toMatch(
        /Last updated (\d{1,2} [A-Z][a-z]+ \d{4}, )?\d\d:\d\d GMT$/,
      );
      const ended = opened.page.locator('.card', { has: opened.page.locator(`a[href="${ENDED}"]`) });
      if ((await ended.count()) > 0)
        await expect(ended.first().locator('.live-label').count()).resolves.toBe(0);
      await opened.close();
    }
  });

  it('passes axe in light and dark themes and never scrolls sideways at 320 px', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme, viewport: { width: 320, height: 640 } });
      const page = await context.newPage();
      await page.goto(`${server.url}${STORY}`);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag22aa']).analyze();
      expect(
        results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
        colorScheme,
      ).toEqual([]);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
        320,
      );
      await context.close();
    }
  });

  it('serves feeds of its updates that parse as strict XML and JSON', async () => {
    const rss = await get(`${STORY}/feed.xml`);
    const atom = await get(`${STORY}/atom.xml`);
    expect(XMLValidator.validate(rss)).toBe(true);
    expect(XMLValidator.validate(atom)).toBe(true);
    const items = new XMLParser().parse(rss).rss.channel.item as { link: string }[];
    expect(items.length).toBeGreaterThanOrEqual(20);
    expect(items[0]?.link).toMatch(new RegExp(`${STORY}/updates/`));
    const json = JSON.parse(await get(`${STORY}/feed.json`)) as { items: unknown[] };
    expect(json.items.length).toBe(items.length);
  });
});

describe('a new update file on the server', () => {
  it('appears on the page, in the feed and in the structured data within 15 s, and goes when deleted', async () => {
    const file = path.join(FOLDER, '2026-12-03T0610-test-update.md');
    const marker = `Test update ${Date.now()}`;
    const time = new Date(Date.now() - 60_000).toISOString();
    await writeFile(
      file,
      `---\ntime: ${time}\nauthor: yusuf-haddad\ntitle: "${marker}"\nkey: true\n---\n\nThe bridge has reopened.\n`,
    );

    const page = await poll(STORY, (body) => body.includes(marker));
    expect(page.body, 'on the page').toContain(marker);
    expect(page.ms).toBeLessThan(15_000);
    expect(liveBlogOf(page.body)?.liveBlogUpdate[0]?.headline).toBe(marker);
    const feed = await poll(`${STORY}/feed.xml`, (body) => body.includes(marker));
    expect(feed.body, 'in the feed').toContain(marker);
    expect(XMLValidator.validate(feed.body)).toBe(true);

    await unlink(file);
    const gone = await poll(STORY, (body) => !body.includes(marker));
    expect(gone.body, 'gone from the page').not.toContain(marker);
    expect((await poll(`${STORY}/feed.xml`, (body) => !body.includes(marker))).body).not.toContain(marker);
  }, 60_000);

  it('reaches the fronts’ cards and search within 15 s with no one reading the story; outsiders cannot expire it', async () => {
    const word = `floodgate${Math.random().toString(36).slice(2, 8).replace(/\d/g, 'q')}`;
    const minute = Math.floor((Date.now() - 60_000) / 60_000) * 60_000;
    const file = path.join(FOLDER, '2026-12-03T0620-fronts.md');
    await writeFile(
      file,
      `---\ntime: ${new Date(minute).toISOString()}\n---\n\nThe ${word} on the Quayside held.\n`,
    );
    try {
      const showsTime = (body: string) =>
        [...body.matchAll(/Last updated(?:<!-- -->)? <time dateTime="([^"]+)"/g)].some(
          (m) => Date.parse(m[1] ?? '') === minute,
        );
      for (const front of ['/', '/news']) {
        const seen = await poll(front, showsTime);
        expect(showsTime(seen.body), `the card on ${front} shows the new update's time`).toBe(true);
      }
      const search = await poll(`/search?q=${word}`, (body) => body.includes(`href="${STORY}"`));
      expect(search.body, 'search finds the update’s words').toContain(`href="${STORY}"`);
      expect(search.ms).toBeLessThan(15_000);
    } finally {
      await unlink(file);
    }

    for (const authorization of [undefined, 'Bearer guess', `Bearer ${SECRET}`]) {
      const response = await fetch(`${server.url}/api/revalidate/live`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization && { authorization }) },
        body: JSON.stringify({ slugs: ['storm-morven-live'] }),
      });
      expect(response.status, `${authorization}`).toBe(404);
    }
    expect((await fetch(`${server.url}/api/revalidate/live`)).status).toBe(404);
  }, 60_000);

  it('that is broken is left out, and the rest of the story stands', async () => {
    const before = (await readdir(FOLDER)).length;
    const file = path.join(FOLDER, 'broken.md');
    await writeFile(file, `---\ntime: next tuesday\n---\n\nNever shown.\n`);
    await new Promise((resolve) => setTimeout(resolve, 8_000));
    const body = await get(STORY);
    expect(body).not.toContain('Never shown');
    expect(liveBlogOf(body)?.liveBlogUpdate.length).toBe(before > 39 ? 20 : before);
    await unlink(file);
  }, 30_000);

  it('is announced politely to a reader with JavaScript, without moving them; a background tab does not ask', async () => {
    const policy = (await fetch(`${server.url}${STORY}`)).headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'$/);
    expect((await fetch(`${server.url}/`)).headers.get('content-security-policy')).toMatch(
      /script-src 'none'$/,
    );
    expect((await fetch(`${server.url}${ENDED}`)).headers.get('content-security-policy')).toMatch(
      /script-src 'none'$/,
    );

    const reader = await openPage(browser, server.url, STORY, { viewport: { width: 390, height: 700 } });
    const notice = reader.page.locator('[data-live-notice]');
    await expect(notice.getAttribute('aria-live')).resolves.toBe('polite');
    await expect(notice.textContent()).resolves.toBe('');
    await reader.page.evaluate(() => window.scrollTo(0, 900));
    await reader.page.evaluate(() =>
      document.querySelectorAll<HTMLElement>('.live-update-list a')[3]?.focus({ preventScroll: true }),
    );
    const before = await reader.page.evaluate(() => ({
      y: window.scrollY,
      focus: document.activeElement?.outerHTML,
    }));

    // A tab in the background never asks for the page.
    const hidden = await browser.newContext();
    await hidden.addInitScript(() => {
      Object.defineProperty(document, 'hidden', { get: () => true });
      Object.defineProperty(document, 'visibilityState', { get: () => 'hidden' });
    });
    const asked: string[] = [];
    const background = await hidden.newPage();
    background.on('request', (request) => asked.push(new URL(request.url()).pathname));
    await background.goto(`${server.url}${STORY}`);

    const file = path.join(FOLDER, '2026-12-03T0620-announced.md');
    await writeFile(
      file,
      `---\ntime: ${new Date(Date.now() - 30_000).toISOString()}\n---\n\nAnnounced update.\n`,
    );
    try {
      // Other readers' requests bring the cached page up to date (a page past its 5 s is served once
      // more while it is rendered again); the script's next look, within 30 s, then finds the update.
      expect((await poll(STORY, (body) => body.includes('Announced update.'))).body).toContain(
        'Announced update.',
      );
      await expect
        .poll(() => notice.textContent(), { timeout: 45_000, interval: 1_000 })
        .toBe('There is a new update. Show 1 new update');
      await expect(notice.locator('a').getAttribute('href')).resolves.toBe(STORY);
      const after = await reader.page.evaluate(() => ({
        y: window.scrollY,
        focus: document.activeElement?.outerHTML,
      }));
      expect(after).toEqual(before);
      // The update is announced, not inserted: the page's list is as it was.
      await expect(reader.page.getByText('Announced update.').count()).resolves.toBe(0);
      expect(reader.errors).toEqual([]);
      expect(asked.filter((p) => p === STORY)).toEqual([STORY]);
    } finally {
      await unlink(file);
      await reader.close();
      await hidden.close();
    }
  }, 90_000);

  it('pages a long blog from the oldest, with rel links, and its permanent links follow an update to its page', async () => {
    const names: string[] = [];
    const start = Date.now() - 3_600_000;
    for (let i = 0; i < 25; i++) {
      const name = `2026-12-03-extra-${String(i).padStart(2, '0')}.md`;
      names.push(name);
      const time = new Date(start + i * 60_000).toISOString();
      await writeFile(path.join(FOLDER, name), `---\ntime: ${time}\n---\n\nExtra update number ${i}.\n`);
    }
    try {
      // 22 sample updates and 25 more: the oldest twenty on page 1, the newest 27 on the story's URL.
      const front = await poll(STORY, (body) => body.includes('Extra update number 24'));
      expect(front.body).toContain(`href="${STORY}/page/1" rel="next"`);
      const opened = await openPage(browser, server.url, `${STORY}/page/1`, { javaScript: false });
      expect(opened.response?.status()).toBe(200);
      await expect(opened.page.locator('.live-update-list > li').count()).resolves.toBe(20);
      await expect(opened.page.locator('h2#updates-heading').textContent()).resolves.toBe(
        'Older updates, page 1',
      );
      await expect(opened.page.locator(`a[rel="prev"]`).getAttribute('href')).resolves.toBe(STORY);
      const oldest = await opened.page.locator('.live-update-list > li > article').last().getAttribute('id');
      await expect(opened.page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toMatch(
        /\/page\/1$/,
      );
      await opened.close();
      expect((await fetch(`${server.url}${STORY}/page/2`)).status).toBe(404);
      const moved = await fetch(`${server.url}${STORY}/updates/${oldest?.replace(/^update-/, '')}`, {
        redirect: 'manual',
      });
      expect(moved.status).toBe(302);
      expect(moved.headers.get('location')).toBe(`${STORY}/page/1#${oldest}`);
    } finally {
      for (const name of names) await unlink(path.join(FOLDER, name));
    }
    await poll(STORY, (body) => !body.includes('Extra update number'));
  }, 60_000);

  it('ends when the editor marks the story ended and publishes it', async () => {
    const storyFile = path.join(CONTENT, 'articles/2026/storm-morven-live.md');
    await writeFile(storyFile, (await readFile(storyFile, 'utf8')).replace('status: live', 'status: ended'));
    const published = await fetch(`${server.url}/api/revalidate`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${SECRET}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ slugs: ['storm-morven-live'] }),
    });
    expect(published.status).toBe(200);
    const ended = await poll(STORY, (body) => body.includes('Coverage ended'));
    expect(ended.body).toContain('Coverage ended');
    expect(jsonLdOf(ended.body).find((d) => d['@type'] === 'LiveBlogPosting')?.coverageEndTime).toBeDefined();
    const home = await poll(
      '/',
      (body) => !new RegExp(`live-label[^>]*>Live</span> <a href="${STORY}"`).test(body),
      75_000,
    );
    expect(home.body).toContain(`href="${STORY}"`);
    expect(home.body).not.toMatch(new RegExp(`live-label[^>]*>Live</span> <a href="${STORY}"`));
  }, 120_000);
});
