import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { schemaTypeOf } from '@/lib/content/article-types';
import type { Article } from '@/lib/content/article';
import { launchBrowser, openPage } from './support/browser';
import { loadSampleContent } from './support/sample-content';
import { type SiteServer, startSite } from './support/site-server';

// `npm start` sends every page without Next.js's client runtime (lib/server/strip-client-runtime.mjs);
// CLIENT_RUNTIME=next sends them as Next.js renders them. Both are checked here against real pages.
const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = 'tests/.tmp/next-client-runtime';

let browser: Browser;
let article: Article;
let paths: string[];
beforeAll(async () => {
  browser = await launchBrowser();
  const { index, published } = await loadSampleContent();
  // An ordinary story: a live one has its own script and structured data (live-story.test.ts).
  article = published.find((a) => a.type === 'news') as Article;
  const [author] = [...index.authors.values()];
  paths = [
    '/',
    `/${article.section}/${article.slug}`,
    `/${article.section}`,
    `/tags/${article.tags[0]!.slug}`,
    `/authors/${author!.id}`,
    '/search?q=rail',
    '/archive',
    '/news/no-such-story',
  ];
});
afterAll(() => browser.close());

/** The longest run of plain words in the article's first paragraph, as it appears in the HTML. */
async function firstParagraphWords(base: string): Promise<string> {
  const { page, close } = await openPage(browser, base, `/${article.section}/${article.slug}`, {
    javaScript: false,
  });
  const text = (await page.locator('.article-body p').first().textContent()) ?? '';
  await close();
  const words = [...text.matchAll(/[A-Za-z][A-Za-z ,]{30,}/g)]
    .map((m) => m[0])
    .sort((a, b) => b.length - a.length);
  if (!words[0]) throw new Error('the first paragraph has no run of plain words to look for');
  return words[0];
}

const occurrences = (html: string, text: string) => html.split(text).length - 1;

describe('pages from npm start', () => {
  it('ship no script to run and load none, under a policy that runs none, with every page type intact', async () => {
    for (const target of paths) {
      const { page, response, errors, external, requests, close } = await openPage(
        browser,
        inject('baseUrl'),
        target,
      );
      expect([target, response?.status()]).toEqual([target, target.includes('no-such') ? 404 : 200]);
      expect(await response?.headerValue('content-security-policy'), target).toMatch(/script-src 'none'/);
      const runnable = page.locator('script:not([type="application/ld+json"]), link[rel="modulepreload"]');
      await expect(runnable.count(), target).resolves.toBe(0);
      await expect(page.locator('link[rel="preload"][as="script"]').count(), target).resolves.toBe(0);
      expect(
        requests.filter((request) => /\.m?js(?:\?|$)/.test(request)),
        target,
      ).toEqual([]);
      await expect(page.getByRole('heading', { level: 1 }).count(), target).resolves.toBe(1);
      // A script the policy blocked would be reported here; the browser logs the 404 page's status.
      const expectedErrors = response?.status() === 404 ? [expect.stringMatching(/status of 404/)] : [];
      expect(errors, target).toEqual(expectedErrors);
      expect(external, target).toEqual([]);
      await close();
    }
  });

  it('keeps the structured data crawlers read', async () => {
    const { page, close } = await openPage(browser, inject('baseUrl'), `/${article.section}/${article.slug}`);
    const types = await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent!)['@type']));
    expect(types).toEqual([schemaTypeOf(article.type), 'BreadcrumbList']);
    await close();
  });

  it('sends the article body once: no second copy for hydration', async () => {
    const words = await firstParagraphWords(inject('baseUrl'));
    const html = await (await fetch(`${inject('baseUrl')}/${article.section}/${article.slug}`)).text();
    expect(occurrences(html, words)).toBe(1);
  });
});

describe('pages with CLIENT_RUNTIME=next and the microcache off', () => {
  let server: SiteServer;
  beforeAll(async () => {
    await rm(path.join(ROOT, DIST), { recursive: true, force: true });
    await cp(path.join(ROOT, '.next'), path.join(ROOT, DIST), { recursive: true });
    server = await startSite(
      { NEXT_DIST_DIR: DIST, CLIENT_RUNTIME: 'next', MICROCACHE_TTL_MS: '0' },
      'server-client-runtime',
    );
  });
  afterAll(async () => {
    await server?.stop();
    await rm(path.join(ROOT, DIST), { recursive: true, force: true });
  });

  it("keep Next.js's scripts and their copy of the body, and hydrate", async () => {
    const words = await firstParagraphWords(server.url);
    const { page, response, errors, external, requests, close } = await openPage(
      browser,
      server.url,
      `/${article.section}/${article.slug}`,
    );
    expect(await response?.headerValue('content-security-policy')).toMatch(
      /script-src 'self' 'unsafe-inline'/,
    );
    expect(requests.some((request) => request.startsWith('/_next/static/') && request.endsWith('.js'))).toBe(
      true,
    );
    expect(occurrences(await response!.text(), words)).toBe(2);
    // Hydrated: React has attached its props to the page's elements.
    await page.getByRole('heading', { level: 1 }).evaluate(
      (heading) =>
        new Promise<void>((resolve) => {
          const check = () =>
            Object.keys(heading).some((key) => key.startsWith('__reactProps'))
              ? resolve()
              : setTimeout(check, 20);
          check();
        }),
    );
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await close();
  });
});
