import { rm } from 'node:fs/promises';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { buildSite, type SiteServer, startSite } from './support/site-server';

// A site built from tests/fixtures/hostile-content: articles full of script payloads that would set
// window.__pwned if any of them ran.
const ROOT = path.resolve(import.meta.dirname, '../..');
const ENV = {
  CONTENT_DIR: path.join(ROOT, 'tests/fixtures/hostile-content'),
  NEXT_DIST_DIR: 'tests/.tmp/next-hostile',
};
const PAGES = [
  '/news/raw-html-attacks',
  '/business/unicode-and-long-title',
  '/',
  '/news',
  '/tags/security',
  '/search?q=pwned',
  '/feed.xml',
];

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  await buildSite(ENV, 'build-hostile');
  server = await startSite(ENV, 'server-hostile');
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(path.join(ROOT, ENV.NEXT_DIST_DIR), { recursive: true, force: true });
});

it.each(PAGES.filter((p) => !p.endsWith('.xml')))(
  'runs no script from content on %s, even when clicked',
  async (url) => {
    const { page, response, errors, external, close } = await openPage(browser, server.url, url);
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    expect(response?.status()).toBe(200);
    for (const link of await page.locator('main a').all())
      await link.click({ modifiers: ['Alt'], trial: true }).catch(() => undefined);
    await page
      .locator('main p')
      .first()
      .click()
      .catch(() => undefined);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(external).toEqual([]);
    // The sanitiser keeps <img src="x"> (a harmless relative URL) without its onerror: a plain 404.
    expect(
      errors.filter((e) => !/Failed to load resource: the server responded with a status of 404/.test(e)),
    ).toEqual([]);
    await close();
  },
);

it('renders the hostile article inert: no script, frame, style, handler or dangerous URL survives', async () => {
  const { page, close } = await openPage(browser, server.url, '/news/raw-html-attacks');
  const body = page.locator('.article-body');
  await expect(
    body.locator('script, iframe, style, object, embed, form, base, meta, link, svg, math').count(),
  ).resolves.toBe(0);
  const attributes = await body
    .locator('*')
    .evaluateAll((elements) =>
      elements.flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`)),
    );
  expect(attributes.filter((a) => /^on|^style=|^srcdoc=/i.test(a))).toEqual([]);
  const urls = await body
    .locator('[href], [src]')
    .evaluateAll((elements) => elements.map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? ''));
  expect(urls.filter((u) => /^\s*(javascript|vbscript|data):/i.test(u) || /evil\.example/.test(u))).toEqual(
    [],
  );
  // What editors may use survives, and so does the text after the attacks.
  await expect(
    body.locator('abbr[title="Member of Parliament"], sub, sup, mark, small, figure figcaption').count(),
  ).resolves.toBe(6);
  await expect(body.getByText('The last paragraph survives.').count()).resolves.toBe(1);
  // The title's markup shows as text in the headline.
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('<script>');
  await close();
});

it('puts only inert HTML in feeds: no script runs when a reader renders any field as HTML', async () => {
  const rss = await (await fetch(`${server.url}/feed.xml`)).text();
  const atom = await (await fetch(`${server.url}/atom.xml`)).text();
  const json = JSON.parse(await (await fetch(`${server.url}/feed.json`)).text()) as {
    items: { title: string; content_html: string }[];
  };
  // What a careless feed reader does: take every text field and drop it into a page as HTML.
  const cdata = (xml: string) => [...xml.matchAll(/<!\[CDATA\[([^]*?)\]\]>/g)].map((m) => m[1]!);
  const fields = [...cdata(rss), ...cdata(atom), ...json.items.map((i) => i.content_html)];
  expect(fields.join('\n')).toContain('The last paragraph survives.');
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><body>${fields.map((f) => `<div>${f}</div>`).join('')}</body>`);
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  await expect(page.locator('script, iframe, style').count()).resolves.toBe(0);
  await page.close();
  const item = json.items.find((i) => i.title.startsWith('Raw HTML attacks'))!;
  expect(item.title).toContain('<script>'); // plain text, as JSON Feed defines titles
});

it('keeps JSON-LD and XML intact around titles with </script>, < and &', async () => {
  const { page, close } = await openPage(browser, server.url, '/news/raw-html-attacks', {
    javaScript: false,
  });
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent!)));
  const news = blocks.find((b) => b['@type'] === 'NewsArticle');
  expect(news.headline).toBe("Raw HTML attacks <script>window.__pwned = 'title'</script>");
  await close();
  for (const url of [
    '/feed.xml',
    '/atom.xml',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/sitemaps/sitemap/0.xml',
  ]) {
    expect(XMLValidator.validate(await (await fetch(`${server.url}${url}`)).text()), url).toBe(true);
  }
});
