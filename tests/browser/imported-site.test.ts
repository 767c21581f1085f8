import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openMarkdownSite } from '@/lib/import/markdown-source';
import { runImport } from '@/lib/import/run-import';
import { openWordpressExport } from '@/lib/import/wordpress/read-wordpress';
import { launchBrowser, openPage } from './support/browser';
import { buildSite, type SiteServer, startSite } from './support/site-server';

// The fixture WordPress export and the five fixture generator sites imported into one copy of the
// small fixture site, then built once and served.
const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'tests/fixtures');
// The site serves images from the repository's public/; the import copies the sources' there.
const COPIED_IMAGES = ['2012', '2017', '2019', '2020', '2022'].map((year) =>
  path.join(ROOT, 'public/images', year),
);
const GENERATORS = ['hugo', 'jekyll', 'eleventy', 'astro', 'zola'];
const MARKDOWN_STORIES = [
  '/posts/rail-fares-frozen',
  '/posts/bundle-post',
  `/posts/${encodeURIComponent('北京-旅行')}`,
  '/transport/rail-fares',
  '/blog/first-post',
  '/blog/first-zola',
];
const contentDir = path.join(mkdtempSync(path.join(tmpdir(), 'imported-site-')), 'content');
const ENV = { CONTENT_DIR: contentDir, NEXT_DIST_DIR: 'tests/.tmp/next-imported' };
const STORIES = [
  '/news/council-votes-to-freeze-rail-fares',
  '/news/council-votes-to-freeze-rail-fares-2',
  `/news/${encodeURIComponent('東京の鉄道')}`,
  '/food-drink/food-festival',
];
const PHONE = { width: 320, height: 640 };

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  cpSync(path.join(FIXTURES, 'content'), contentDir, { recursive: true });
  const source = await openWordpressExport(path.join(FIXTURES, 'import/wordpress/export.xml'), 'export.xml');
  await runImport(source, {
    contentDir,
    publicDir: path.join(ROOT, 'public'),
    uploadsDir: path.join(FIXTURES, 'import/wordpress/uploads'),
  });
  for (const generator of GENERATORS) {
    const site = path.join(FIXTURES, 'import/sites', generator);
    await runImport(await openMarkdownSite(site), {
      contentDir,
      publicDir: path.join(ROOT, 'public'),
      uploadsDir: ['static', 'public', '.'].map((folder) => path.join(site, folder)),
    });
  }
  await buildSite(ENV, 'build-imported');
  server = await startSite(ENV, 'server-imported');
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(path.join(ROOT, ENV.NEXT_DIST_DIR), { recursive: true, force: true });
  for (const folder of COPIED_IMAGES) rmSync(folder, { recursive: true, force: true });
  rmSync(path.dirname(contentDir), { recursive: true, force: true });
});

const manual = (url: string) => fetch(`${server.url}${url}`, { redirect: 'manual' });

describe('an imported WordPress site, read without JavaScript', () => {
  it.each(STORIES)(
    'serves %s whole, with no markup or shortcode shown as text and nothing from another host',
    async (url) => {
      const { page, response, errors, external, close } = await openPage(browser, server.url, url, {
        javaScript: false,
        viewport: PHONE,
      });
      expect(response?.status()).toBe(200);
      const main = (await page.locator('main').textContent()) ?? '';
      expect(main).not.toMatch(/\[\/?(caption|gallery|poll|embed)\b|<\/?[a-z]+[ >]|&[a-z]+;|<!--/);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(PHONE.width);
      await expect(page.getByRole('heading', { name: 'You may also like' }).count()).resolves.toBe(1);
      for (const img of await page.locator('main img').all()) {
        const src = (await img.getAttribute('src')) ?? '';
        expect(src.startsWith('/') || src.startsWith(server.url)).toBe(true);
        await expect(
          img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0),
        ).resolves.toBe(true);
      }
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('shows the body to its last page, with the list, table and featured image', async () => {
    const { page, close } = await openPage(browser, server.url, '/food-drink/food-festival', {
      javaScript: false,
    });
    // The numbered list keeps its nested list: Pies (two kinds), then Parkin.
    await expect(page.locator('main ol > li', { hasText: 'Parkin' }).count()).resolves.toBe(1);
    await expect(page.locator('main ol > li > ul > li').allTextContents()).resolves.toEqual([
      'Meat and potato',
      'Cheese and onion',
    ]);
    await expect(page.locator('main table td').first().textContent()).resolves.toBe('Pies');
    await expect(page.getByText('Page two of the list: the desserts.').count()).resolves.toBe(1);
    await close();
    const lead = await openPage(browser, server.url, STORIES[0] ?? '', { javaScript: false });
    await expect(lead.page.locator('h1').textContent()).resolves.toBe(
      'Council votes to freeze “rail” fares & parking',
    );
    await expect(
      lead.page.getByRole('img', { name: 'A green tram crossing the viaduct' }).count(),
    ).resolves.toBeGreaterThan(0);
    await lead.close();
  });

  it.each([
    ['/2012/01/07/council-votes-to-freeze-rail-fares/', STORIES[0]],
    ['/?p=101', STORIES[0]],
    ['/news/fares-frozen', STORIES[0]],
    ['/2015/02/11/%e6%9d%b1%e4%ba%ac%e3%81%ae%e9%89%84%e9%81%93/', STORIES[2]],
    ['/2017/08/19/food-festival/', STORIES[3]],
    ['/?p=108', STORIES[3]],
  ])('answers the old permalink %s with a 308 to the story', async (old, story) => {
    const response = await manual(old);
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get('location') ?? '', server.url).pathname).toBe(story);
  });

  it('keeps drafts, private and password-protected posts off the site, and the scheduled one until its date', async () => {
    for (const url of ['/news/staff-rota', '/news/subscribers-briefing', '/food-drink/market-hall-to-reopen'])
      expect((await manual(url)).status, url).not.toBe(200);
  });
});

describe('imported static-generator sites, read without JavaScript', () => {
  it.each(MARKDOWN_STORIES)(
    'serves %s whole, with no shortcode or template tag shown as text and nothing from another host',
    async (url) => {
      const { page, response, errors, external, close } = await openPage(browser, server.url, url, {
        javaScript: false,
        viewport: PHONE,
      });
      expect(response?.status()).toBe(200);
      // What a reader sees as text: not the structured data's JSON, nor code quoted as code.
      const main = await page.locator('main').evaluate((element) => {
        const copy = element.cloneNode(true) as HTMLElement;
        for (const quoted of copy.querySelectorAll('script, pre, code')) quoted.remove();
        return copy.textContent ?? '';
      });
      // Jekyll's {% raw %} block is text its author meant to show as written.
      const RAW = 'Write {{ page.title }} in templates.';
      if (url === '/transport/rail-fares') expect(main).toContain(RAW);
      expect(main.replace(RAW, '')).not.toMatch(/\{\{|\{%|%\}|\}\}|<\/?[a-z]+[ >]|&[a-z]+;|<!--/);
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(PHONE.width);
      await expect(page.getByRole('heading', { name: 'You may also like' }).count()).resolves.toBe(1);
      for (const img of await page.locator('main img').all())
        await expect(
          img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0),
        ).resolves.toBe(true);
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
  );

  it("turns Hugo's video and post shortcodes into embed cards, and a page bundle's picture into a local one", async () => {
    const story = await openPage(browser, server.url, '/posts/rail-fares-frozen', { javaScript: false });
    const cards = await story.page.locator('main .embed-card').count();
    expect(cards).toBeGreaterThanOrEqual(2);
    await story.close();
    const bundle = await openPage(browser, server.url, '/posts/bundle-post', { javaScript: false });
    const src = (await bundle.page.getByRole('img', { name: 'The map' }).first().getAttribute('src')) ?? '';
    expect(decodeURIComponent(src)).toContain('/images/2020/bundle-post/map.png');
    await bundle.close();
  });

  it.each([
    ['/2021/05/rail-fares-frozen/', MARKDOWN_STORIES[0]],
    ['/old/rail-fares/', MARKDOWN_STORIES[0]],
    [`/2018/08/${encodeURIComponent('北京旅行记')}/`, MARKDOWN_STORIES[2]],
    ['/ledger/transport/leeds/2012/01/07/rail-fares.html', MARKDOWN_STORIES[3]],
  ])('answers the old address %s with a 308 to the story', async (old, story) => {
    const response = await manual(old);
    expect(response.status).toBe(308);
    expect(new URL(response.headers.get('location') ?? '', server.url).pathname).toBe(story);
  });
});
