import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import type { ContentIndex } from '@/lib/content/content-index';
import { countTags } from '@/lib/lists/count-tags';
import { PAGE_SIZE } from '@/lib/lists/paginate';
import { launchBrowser, openPage } from './support/browser';
import { loadSampleContent } from './support/sample-content';

let browser: Browser;
let index: ContentIndex;
let published: ContentIndex['articles'];

beforeAll(async () => {
  browser = await launchBrowser();
  ({ index, published } = await loadSampleContent());
});
afterAll(() => browser.close());

const base = () => inject('baseUrl');
const hrefsIn = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].map((m) => m[1]);

describe.each([true, false])('site chrome and lists (JavaScript %s)', (javaScript) => {
  it('has a header with the sections in order, a search form, a footer and a working skip link', async () => {
    const { page, errors, external, close } = await openPage(browser, base(), '/', { javaScript });
    const nav = page.getByRole('navigation', { name: 'Sections' });
    const names = await nav.getByRole('link').allTextContents();
    expect(names).toEqual([
      ...[...index.sections.values()].sort((a, b) => a.order - b.order).map((s) => s.name),
      'Opinion',
    ]);
    await expect(page.getByRole('search').first().getAttribute('action')).resolves.toBe('/search');
    const footer = page.getByRole('contentinfo');
    await expect(footer.getByRole('link', { name: /RSS/i }).count()).resolves.toBeGreaterThan(0);
    await expect(footer.getByRole('link', { name: 'About' }).count()).resolves.toBe(1);

    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to main content' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(skip.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    expect(page.url()).toMatch(/#main$/);
    await expect(page.locator('main#main').count()).resolves.toBe(1);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await close();
  });

  it('shows a section with its description, lead story and articles newest first', async () => {
    const section = [...index.sections.values()].find(
      (s) => published.filter((a) => a.section === s.slug).length >= 4,
    )!;
    const { page, response, close } = await openPage(browser, base(), `/${section.slug}`, { javaScript });
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(section.name);
    await expect(page.getByText(section.description).count()).resolves.toBe(1);
    const inSection = published.filter((a) => a.section === section.slug);
    const expected = inSection.map((a) => `/${section.slug}/${a.slug}`);
    const shown = await page
      .locator('main article h2 a, main article h3 a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    // The lead (the newest featured story, else the newest) first, then the rest newest first, a page of them.
    const lead = inSection.find((a) => a.featured) ?? inSection[0]!;
    expect(shown[0]).toBe(`/${section.slug}/${lead.slug}`);
    expect(shown.slice(1)).toEqual(expected.filter((href) => href !== shown[0]).slice(0, PAGE_SIZE));
    await close();
  });

  it('pages through the home page with stable URLs, previous/next links and the page count', async () => {
    const pageCount = Math.ceil(published.length / PAGE_SIZE);
    expect(pageCount).toBeGreaterThan(1);
    const { page, close } = await openPage(browser, base(), '/', { javaScript });
    const pagination = page.getByRole('navigation', { name: 'Pagination' });
    await expect(pagination.textContent()).resolves.toContain(`Page 1 of ${pageCount}`);
    await pagination.getByRole('link', { name: /Older/ }).click();
    await page.waitForURL(`${base()}/page/2`);
    await expect(page.getByRole('navigation', { name: 'Pagination' }).textContent()).resolves.toContain(
      `Page 2 of ${pageCount}`,
    );
    await expect(
      page
        .getByRole('navigation', { name: 'Pagination' })
        .getByRole('link', { name: /Newer/ })
        .getAttribute('href'),
    ).resolves.toBe('/');
    await close();
  });
});

describe('indexes', () => {
  it('lists every tag with its article count, and a tag page lists its articles', async () => {
    const html = await (await fetch(`${base()}/tags`)).text();
    const counts = countTags(published);
    for (const { slug, count } of counts)
      expect(html).toMatch(new RegExp(`href="/tags/${slug}"[^]*?${count}`));
    const [top] = counts;
    const tagPage = await (await fetch(`${base()}/tags/${top!.slug}`)).text();
    const linked = new Set(hrefsIn(tagPage, /<h[23][^>]*><a href="(\/[a-z-]+\/[a-z0-9-]+)"/g));
    const expected = published
      .filter((a) => a.tags.some((t) => t.slug === top!.slug))
      .slice(0, PAGE_SIZE)
      .map((a) => `/${a.section}/${a.slug}`);
    expect(linked).toEqual(new Set(expected));
  });

  it('shows an author page with name, role, bio, self-hosted avatar and every co-authored story', async () => {
    const coAuthored = published.find((a) => a.authors.length > 1)!;
    const authorId = coAuthored.authors[1]!;
    const author = index.authors.get(authorId)!;
    const { page, response, external, close } = await openPage(browser, base(), `/authors/${authorId}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(author.name);
    await expect(page.getByText(author.role).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText(author.bio).count()).resolves.toBe(1);
    // The avatar may still be loading when the page's load event fires: wait for it, then check it drew.
    await page.waitForFunction(() => document.querySelector<HTMLImageElement>('main img')?.complete, null, {
      timeout: 10_000,
    });
    const avatar = page.locator('main img').first();
    expect(await avatar.evaluate((img: HTMLImageElement) => img.naturalWidth > 0)).toBe(true);
    expect(external).toEqual([]);
    await expect(
      page.locator(`a[href="/${coAuthored.section}/${coAuthored.slug}"]`).count(),
    ).resolves.toBeGreaterThan(0);
    await close();

    const article = await openPage(browser, base(), `/${coAuthored.section}/${coAuthored.slug}`);
    const bylineLinks = await article.page
      .locator('.byline a[href^="/authors/"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(bylineLinks).toEqual(coAuthored.authors.map((id) => `/authors/${id}`));
    await article.close();

    const authors = await (await fetch(`${base()}/authors`)).text();
    for (const id of index.authors.keys()) expect(authors).toContain(`href="/authors/${id}"`);
  });

  it('lists archive months with counts and shows one month', async () => {
    const newest = published[0]!;
    const month = newest.date.slice(0, 7);
    const [year, mm] = month.split('-');
    const count = published.filter((a) => a.date.startsWith(month)).length;
    const archive = await (await fetch(`${base()}/archive`)).text();
    expect(archive).toMatch(new RegExp(`href="/archive/${year}/${mm}"[^]*?${count}`));
    const response = await fetch(`${base()}/archive/${year}/${mm}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`href="/${newest.section}/${newest.slug}"`);
  });
});

describe('unknown lists and pages past the end', () => {
  it.each([
    '/no-such-section',
    '/tags/no-such-tag',
    '/authors/no-such-author',
    '/archive/1999/01',
    '/archive/2026/13',
    '/page/999',
    '/page/0',
    '/page/two',
    '/news/page/999',
    '/search?q=rail&page=999',
  ])('%s is the 404 page with status 404', async (url) => {
    const response = await fetch(`${base()}${url}`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });

  it.each([
    ['/page/1', '/'],
    ['/news/page/1', '/news'],
  ])('%s permanently redirects to %s with one Location header', async (from, to) => {
    const response = await fetch(`${base()}${from}`, { redirect: 'manual' });
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe(to);
  });
});

describe('search', () => {
  it('ranks title matches first, highlights matched words, counts results and works without JavaScript', async () => {
    const longWord = (a: Article) =>
      a.title
        .split(/\s+/)
        .map((w) => w.replace(/[^\p{L}]/gu, ''))
        .find((w) => w.length > 6);
    const target =
      published.find((a) => a.tags.some((t) => t.slug === 'rail') && longWord(a)) ?? published[0]!;
    const word = longWord(target)!;
    const { page, response, close } = await openPage(browser, base(), '/', { javaScript: false });
    expect(response?.status()).toBe(200);
    await page.getByRole('searchbox', { name: 'Search articles' }).fill(word.toLowerCase());
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.waitForURL(/\/search\?q=/);
    await expect(page.getByRole('status').textContent()).resolves.toMatch(
      /^\d+ stor(y matches|ies match)\.$/,
    );
    const first = page.locator('main ol li').first();
    await expect(first.locator('h2, h3').first().textContent()).resolves.toContain(word);
    await expect(first.locator('mark').first().textContent()).resolves.toMatch(
      new RegExp(word.slice(0, 4), 'i'),
    );
    await expect(page.locator('meta[name="robots"]').getAttribute('content')).resolves.toMatch(/noindex/);
    await close();
  });

  it('forgives a typo and matches a prefix', async () => {
    const typo = await (await fetch(`${base()}/search?q=${encodeURIComponent('hydrogne')}`)).text();
    expect(typo).toMatch(/<mark>hydrogen<\/mark>/i);
    const prefix = await (await fetch(`${base()}/search?q=${encodeURIComponent('hydro')}`)).text();
    expect(prefix).toMatch(/<mark>hydro/i);
  });

  it.each([
    ['', /Type a few words/],
    ['zzqxv qqqzzz', /No stories match/],
    ['x'.repeat(5000), /Search results for/],
    ['%%%&&&***', /Type a few words|No stories match/],
  ])('answers the query %# with a helpful page, not an error', async (query, expected) => {
    const response = await fetch(`${base()}/search?q=${encodeURIComponent(query)}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toMatch(expected);
  });

  it('never echoes a query as markup', async () => {
    const { page, errors, close } = await openPage(
      browser,
      base(),
      `/search?q=${encodeURIComponent('<img src=x onerror="window.__pwned=1">rail')}`,
    );
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await expect(page.locator('main img[src="x"]').count()).resolves.toBe(0);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('<img src=x');
    expect(errors).toEqual([]);
    await close();
  });
});

describe('reaching every story', () => {
  it('reaches every published article from the home page by following links alone', async () => {
    const wanted = new Set(published.map((a) => `/${a.section}/${a.slug}`));
    const seen = new Set<string>(['/']);
    const queue = ['/'];
    while (queue.length > 0 && seen.size < 1_000) {
      const html = await (await fetch(`${base()}${queue.shift()}`)).text();
      for (const [, href] of html.matchAll(/<a [^>]*href="(\/[^"#?]*)"/g)) {
        if (href && !seen.has(href) && !/\.(xml|json|png|jpg|webmanifest)$/.test(href)) {
          seen.add(href);
          queue.push(href);
        }
      }
    }
    expect([...wanted].filter((url) => !seen.has(url))).toEqual([]);
  });

  it('finds every published article by searching for its headline', async () => {
    const missing: string[] = [];
    for (const article of published) {
      const html = await (await fetch(`${base()}/search?q=${encodeURIComponent(article.title)}`)).text();
      if (!html.includes(`href="/${article.section}/${article.slug}"`)) missing.push(article.slug);
    }
    expect(missing).toEqual([]);
  });
});
