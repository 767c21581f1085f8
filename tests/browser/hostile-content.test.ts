import { rm } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
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
  '/news/hostile-live',
  '/business/unicode-and-long-title',
  '/business/hostile-sponsored',
  '/news/hostile-renamed',
  '/corrections',
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
  // next/image's own `color:transparent` (hiding alt text while the image loads) is the one style.
  expect(
    attributes.filter((a) => /^on|^style=|^srcdoc=/i.test(a) && a !== 'style=color:transparent'),
  ).toEqual([]);
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

it('renders a live story’s hostile updates inert, in its page, structured data and feeds', async () => {
  const { page, close } = await openPage(browser, server.url, '/news/hostile-live', { javaScript: false });
  const updates = page.locator('.live-update-list');
  await expect(updates.locator('script, iframe, style, [onclick], [onerror]').count()).resolves.toBe(0);
  await expect(updates.locator('a[href^="javascript:" i]').count()).resolves.toBe(0);
  await expect(updates.getByText("The update's last line survives.").count()).resolves.toBe(1);
  await expect(updates.locator('h3', { hasText: '</script><script>' }).count()).resolves.toBe(1);
  const blog = (
    await page
      .locator('script[type="application/ld+json"]')
      .evaluateAll((scripts) =>
        scripts.map((s) => JSON.parse(s.textContent ?? '') as Record<string, unknown>),
      )
  ).find((b) => b['@type'] === 'LiveBlogPosting') as {
    headline: string;
    liveBlogUpdate: { headline: string }[];
  };
  expect(blog.headline).toContain("</script><script>window.__pwned = 'live-title'</script>");
  expect(blog.liveBlogUpdate.map((u) => u.headline)).toContain(
    "Update </script><script>window.__pwned = 'update-title'</script> ]]> & <b>bold</b>",
  );
  // A file name with spaces and accents is a slug of an anchor, and its permanent link finds it.
  const ids = await page.locator('.live-update-list article').evaluateAll((els) => els.map((e) => e.id));
  expect(ids).toContain('update-update-with-spaces-unicode');
  // A Greek file name keeps its letters in the anchor; a 300-letter word never widens the page.
  expect(ids).toContain('update-ωμεγα');
  const moved = await fetch(`${server.url}/news/hostile-live/updates/${encodeURIComponent('ωμεγα')}`, {
    redirect: 'manual',
  });
  expect([moved.status, moved.headers.get('location')]).toEqual([
    302,
    `/news/hostile-live#update-${encodeURIComponent('ωμεγα')}`,
  ]);
  await close();
  const narrow = await openPage(browser, server.url, '/news/hostile-live', {
    viewport: { width: 320, height: 640 },
  });
  await expect(narrow.page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(
    320,
  );
  await narrow.close();
  for (const feed of ['feed.xml', 'atom.xml']) {
    const xml = await (await fetch(`${server.url}/news/hostile-live/${feed}`)).text();
    expect(XMLValidator.validate(xml), feed).toBe(true);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u202A-\u202E]/);
  }
  JSON.parse(await (await fetch(`${server.url}/news/hostile-live/feed.json`)).text());
});

it('keeps a hostile sponsor and correction inert on the story, /corrections and its feed', async () => {
  for (const url of ['/business/hostile-sponsored', '/corrections', '/corrections/feed.xml']) {
    const body = await (await fetch(`${server.url}${url}`)).text();
    expect(body, url).not.toMatch(/<script>alert|onmouseover=|onclick=|href="javascript:/i);
  }
  const story = await (await fetch(`${server.url}/business/hostile-sponsored`)).text();
  expect(story).toContain('Sponsored by Acme &lt;script&gt;alert(1)&lt;/script&gt;');
  expect(story).toMatch(/<a href="https:\/\/www\.example\.com\/offer" rel="sponsored noopener">/);
});

it('keeps hostile old addresses, embeds and a removal reason inert', async () => {
  // Every alias leads to the story, whatever it holds; the Location header never carries markup.
  for (const old of [
    `/news/${encodeURIComponent('old-<svg_onload=alert(1)>')}`,
    `/2012/01/07/${encodeURIComponent('<script>alert(1)</script>')}/`,
    `/${encodeURIComponent('ニュース')}/${encodeURIComponent('古い記事')}`,
    '/?p=99&x=%22%3E%3Cscript%3E',
  ]) {
    const response = await fetch(`${server.url}${old}`, { redirect: 'manual' });
    expect(response.status, old).toBe(308);
    expect(response.headers.get('location'), old).toBe('/news/hostile-renamed');
  }
  const story = await (await fetch(`${server.url}/news/hostile-renamed`)).text();
  expect(story).not.toMatch(/<script>window|\sonerror=|\sonmouseover=|href="javascript:|"\/images\/\.\./);
  // The captioned link is a card with its text; the malformed video id and the X address with a quote stay links.
  expect(story.match(/class="embed-card/g)).toHaveLength(2);
  expect(story).toContain('class="embed-card embed-mastodon"');
  const gone = await fetch(`${server.url}/news/hostile-removed`);
  expect(gone.status).toBe(410);
  const notice = await gone.text();
  expect(notice).toContain('Removed: &lt;script&gt;window.__pwned=6&lt;/script&gt;');
  expect(notice).not.toMatch(/<script>window|<img src=x/);
  const { page, errors, external, close } = await openPage(browser, server.url, '/news/hostile-removed');
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(external).toEqual([]);
  expect(errors.filter((e) => !/status of 410/.test(e))).toEqual([]);
  await close();
});

it('keeps JSON-LD and XML intact around titles with </script>, < and &', async () => {
  const { page, close } = await openPage(browser, server.url, '/news/raw-html-attacks', {
    javaScript: false,
  });
  const blocks = await page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent!)));
  const news = blocks.find((b) => b['@type'] === 'ReportageNewsArticle');
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

const BIDI_OR_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

it('answers every topic linked from /tags, in any script, with a page and feeds that parse as strict XML', async () => {
  const { page, close } = await openPage(browser, server.url, '/tags', { javaScript: false });
  const tags = await page
    .locator('main .term-list a')
    .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  await close();
  // The fixture's tags in Greek, Cyrillic, Chinese, Arabic and with accents and markup.
  expect(tags.length).toBeGreaterThanOrEqual(9);
  for (const tag of tags) {
    expect((await fetch(`${server.url}${tag}`)).status, decodeURIComponent(tag)).toBe(200);
    for (const feed of ['feed.xml', 'atom.xml']) {
      const response = await fetch(`${server.url}${tag}/${feed}`);
      expect(response.status, `${decodeURIComponent(tag)}/${feed}`).toBe(200);
      expect(XMLValidator.validate(await response.text()), `${decodeURIComponent(tag)}/${feed}`).toBe(true);
    }
    const json = (await (await fetch(`${server.url}${tag}/feed.json`)).json()) as { items: unknown[] };
    expect(json.items.length, `${decodeURIComponent(tag)}/feed.json`).toBeGreaterThan(0);
  }
});

it('writes every feed and sitemap as strict XML, with no control or text-direction character anywhere', async () => {
  const lists = ['', '/news', '/business', '/authors/ada', '/authors/ben', '/authors/cy'];
  const documents = [
    ...lists.flatMap((list) => [`${list}/feed.xml`, `${list}/atom.xml`]),
    '/sitemap.xml',
    '/sitemaps/sitemap/0.xml',
    '/news-sitemap.xml',
    '/corrections/feed.xml',
    '/corrections/atom.xml',
  ];
  for (const url of documents) {
    const response = await fetch(`${server.url}${url}`);
    expect(response.status, url).toBe(200);
    const xml = await response.text();
    expect(XMLValidator.validate(xml), url).toBe(true);
    expect(xml, url).not.toMatch(BIDI_OR_CONTROL);
  }
  for (const list of lists) {
    const text = await (await fetch(`${server.url}${list}/feed.json`)).text();
    expect(text).not.toMatch(BIDI_OR_CONTROL);
    expect(() => JSON.parse(text)).not.toThrow();
  }
});

it("lists non-Latin addresses in the sitemap percent-encoded, each the page's own canonical URL", async () => {
  const xml = await (await fetch(`${server.url}/sitemaps/sitemap/0.xml`)).text();
  const locations = [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? '');
  const nonLatin = locations.filter((loc) => /%[89A-F][0-9A-F]/i.test(loc));
  // The fixture's tags and slugs in Greek, Cyrillic, Chinese and Arabic.
  expect(nonLatin.length).toBeGreaterThanOrEqual(4);
  for (const loc of locations) expect(loc, loc).toMatch(/^[\x21-\x7e]+$/);
  for (const loc of nonLatin.slice(0, 6)) {
    const path = new URL(loc).pathname;
    const { page, close } = await openPage(browser, server.url, path, { javaScript: false });
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical ?? '', server.url).pathname, decodeURIComponent(path)).toBe(path);
    await close();
  }
});

it('keeps text-direction overrides out of titles, headlines and bylines', async () => {
  for (const url of ['/news/world-and-wide', '/business/unicode-and-long-title', '/authors/cy']) {
    const { page, close } = await openPage(browser, server.url, url, { javaScript: false });
    expect(await page.title(), url).not.toMatch(BIDI_OR_CONTROL);
    expect(await page.locator('main').innerText(), url).not.toMatch(BIDI_OR_CONTROL);
    await close();
  }
});

it('finds a word that sits only inside raw HTML', async () => {
  const { page, close } = await openPage(browser, server.url, '/search?q=zanzibarquokka', {
    javaScript: false,
  });
  await expect(page.locator('.search-results li').count()).resolves.toBe(1);
  await close();
});

// Every page type with 300-character words, long URLs, wide tables and code: nothing may push the
// page sideways at 320 CSS px (WCAG 1.4.10); tables and code scroll inside their own box.
it.each([
  '/news/world-and-wide',
  '/business/unicode-and-long-title',
  '/',
  '/news',
  '/tags',
  `/tags/${encodeURIComponent('περιεχομενο')}`,
  '/authors',
  '/authors/cy',
  '/archive',
  '/archive/2026/11',
  '/search?q=supercalifragilistic',
  '/about',
  '/no-such-page',
])('does not scroll sideways at 320 px on %s', async (url) => {
  const { page, close } = await openPage(browser, server.url, url, {
    javaScript: false,
    viewport: { width: 320, height: 640 },
  });
  const widths = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth,
    viewport: window.innerWidth,
  }));
  expect(widths.page, url).toBeLessThanOrEqual(widths.viewport);
  await close();
});

it.each([
  '/news/world-and-wide',
  '/news/raw-html-attacks',
  '/authors/cy',
  '/business/hostile-sponsored',
  '/news/hostile-renamed',
  '/corrections',
])('leaves no WCAG violation on %s at 320 px, however hostile its content', async (url) => {
  const { page, close } = await openPage(browser, server.url, url, {
    viewport: { width: 320, height: 640 },
  });
  // axe runs as a script in the page; the page itself has none.
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
  await close();
});
