import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { loadSampleContent, type SampleContent } from './support/sample-content';

// In the sample content: a story with old addresses, and one taken down.
const RENAMED = '/news/northern-rail-fares-freeze';
const REMOVED_SLUG = 'bridge-repair-contractor-claims';
const REMOVED = `/news/${REMOVED_SLUG}`;

let browser: Browser;
let sample: SampleContent;
beforeAll(async () => {
  [browser, sample] = await Promise.all([launchBrowser(), loadSampleContent()]);
});
afterAll(() => browser.close());

const base = () => inject('baseUrl');
const manual = (url: string) => fetch(`${base()}${url}`, { redirect: 'manual' });

describe('a renamed story, read without JavaScript', () => {
  it.each([
    '/news/rail-fares-frozen-2027',
    '/business/rail-fares-frozen-2027',
    '/2026/11/10/rail-fares-frozen/',
    '/2026/11/10/rail-fares-frozen',
    '/?p=1042',
  ])('answers its old address %s with one 308 to the story', async (old) => {
    const response = await manual(old);
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get('location') ?? '', base()).pathname).toBe(RENAMED);
  });

  it('takes a reader from an old link to the story', async () => {
    const { page, response, close } = await openPage(browser, base(), '/2026/11/10/rail-fares-frozen/', {
      javaScript: false,
    });
    expect(response?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe(RENAMED);
    await expect(page.locator('h1').textContent()).resolves.toBe('Rail fares in the North to be frozen for 2027');
    await close();
  });

  it('leaves every other query of the home page and every invented old path alone', async () => {
    expect((await manual('/?p=1043')).status).toBe(200);
    expect((await manual('/2026/11/10/rail-fares-frozen-again')).status).toBe(404);
  });
});

describe('a removed story', () => {
  it('answers 410 Gone with a notice giving the reason, and is not indexed', async () => {
    const { page, response, close } = await openPage(browser, base(), REMOVED, { javaScript: false });
    expect(response?.status()).toBe(410);
    await expect(page.locator('h1').textContent()).resolves.toBe('This article has been removed');
    await expect(page.locator('.removed-reason').textContent()).resolves.toMatch(/allegations we could not verify/);
    await expect(page.locator('meta[name="robots"]').first().getAttribute('content')).resolves.toMatch(/noindex/);
    await expect(page.title()).resolves.toMatch(/^This article has been removed/);
    await close();
    expect((await manual(`/business/${REMOVED_SLUG}`)).status).toBe(410);
    expect((await manual(`/_gone/${REMOVED_SLUG}`)).status).toBe(404);
  });

  it('is in no list, feed, sitemap or search result', async () => {
    const article = sample.index.bySlug.get(REMOVED_SLUG)!;
    const places = [
      '/',
      '/news',
      ...article.tags.map((t) => `/tags/${t.slug}`),
      ...article.authors.map((a) => `/authors/${a}`),
      '/archive',
      '/feed.xml',
      '/atom.xml',
      '/feed.json',
      '/news/feed.xml',
      ...article.tags.map((t) => `/tags/${t.slug}/feed.xml`),
      ...article.authors.map((a) => `/authors/${a}/atom.xml`),
      '/sitemap.xml',
      '/sitemaps/sitemap/0.xml',
      '/news-sitemap.xml',
      '/search?q=contractor+bridge+repairs',
      '/search?q=allegations+Calder+bridge',
    ];
    for (const place of places) {
      const response = await fetch(`${base()}${place}`);
      expect(response.status, place).toBe(200);
      expect(await response.text(), place).not.toContain(REMOVED_SLUG);
    }
    const search = await (await fetch(`${base()}/search?q=Calder`)).text();
    expect(search).toContain('class="search-results"');
  });

  it('is in no story’s “You may also like”, follow-ups or series, and the sitemaps stay strict XML', async () => {
    for (const { section, slug } of sample.published) {
      const response = await fetch(`${base()}/${section}/${slug}`);
      expect(await response.text(), slug).not.toContain(`/${REMOVED_SLUG}"`);
    }
    const sitemap = await (await fetch(`${base()}/sitemaps/sitemap/0.xml`)).text();
    expect(XMLValidator.validate(sitemap)).toBe(true);
    const urls = new XMLParser().parse(sitemap).urlset.url as { loc: string }[];
    expect(urls.some((u) => u.loc.endsWith(RENAMED))).toBe(true);
  });
});
