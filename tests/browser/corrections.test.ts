import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';

const STORY = '/technology/council-chatbot-trial-paused';
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const base = () => inject('baseUrl');
const get = async (url: string) => (await fetch(`${base()}${url}`)).text();

describe('corrections, read without JavaScript', () => {
  it('tell a reader under the byline that the story was corrected, and list every note at its end, oldest first', async () => {
    const { page, response, close } = await openPage(browser, base(), STORY, { javaScript: false });
    expect(response?.status()).toBe(200);
    const notice = page.locator('.article-header .correction-notice');
    await expect(notice.textContent()).resolves.toMatch(
      /^Clarified on 18 November 2026: This article has been amended .* Read the full note$/,
    );
    const target = await notice.getByRole('link', { name: 'Read the full note' }).getAttribute('href');
    expect(target).toBe('#note-2');
    const notes = page.getByRole('complementary', { name: 'Corrections and notes' }).locator('li');
    await expect(notes.evaluateAll((items) => items.map((li) => li.id))).resolves.toEqual([
      'note-1',
      'note-2',
      'note-3',
    ]);
    await expect(notes.nth(0).textContent()).resolves.toMatch(
      /^Correction, 17 November 2026: An earlier version/,
    );
    await expect(notes.nth(1).locator('em').textContent()).resolves.toBe('general');
    await expect(notes.nth(2).getByRole('link').getAttribute('href')).resolves.toBe('/technology');
    await expect(page.locator(target!).count()).resolves.toBe(1);
    await close();
  });

  it('date the change in the structured data, the page’s metadata and the sitemap', async () => {
    const html = await get(STORY);
    const article = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
      .map((m) => JSON.parse(m[1] ?? '') as Record<string, unknown>)
      .find((d) => d['@type'] === 'ReportageNewsArticle') as {
      dateModified: string;
      correction: { '@type': string; datePublished: string; text: string }[];
    };
    expect(article.dateModified).toBe('2026-11-18T16:20:00+00:00');
    expect(article.correction.map((c) => [c['@type'], c.datePublished])).toEqual([
      ['CorrectionComment', '2026-11-17T10:00:00+00:00'],
      ['CorrectionComment', '2026-11-18T16:20:00+00:00'],
    ]);
    expect(html).toMatch(/<meta property="article:modified_time" content="2026-11-18T16:20:00.000Z"/);
    const sitemaps = new XMLParser().parse(await get('/sitemaps/sitemap/0.xml')).urlset.url as {
      loc: string;
      lastmod: string;
    }[];
    const entry = sitemaps.find((u) => new URL(u.loc).pathname === STORY);
    expect(Date.parse(entry?.lastmod ?? '')).toBe(Date.parse('2026-11-18T16:20:00Z'));
  });

  it('are listed on /corrections, newest first, each linked to its note, with feeds that parse as strict XML', async () => {
    const { page, response, close } = await openPage(browser, base(), '/', { javaScript: false });
    expect(response?.status()).toBe(200);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Corrections', exact: true }).click();
    await page.waitForURL(/\/corrections$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Corrections');
    const links = await page
      .locator('.corrections-list h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.slice(0, 2)).toEqual([`${STORY}#note-2`, `${STORY}#note-1`]);
    // Updates and editor's notes are not on the record.
    await expect(page.locator('.corrections-list').textContent()).resolves.not.toContain(
      'internal review in January',
    );
    const feeds = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((ls) => ls.map((l) => new URL(l.getAttribute('href') ?? '', location.href).pathname));
    expect(feeds).toEqual(
      expect.arrayContaining(['/corrections/feed.xml', '/corrections/atom.xml', '/corrections/feed.json']),
    );
    await close();

    const rss = await get('/corrections/feed.xml');
    expect(XMLValidator.validate(rss)).toBe(true);
    const items = [new XMLParser().parse(rss).rss.channel.item].flat() as { title: string; link: string }[];
    expect(items.slice(0, 2).map((i) => [i.title, new URL(i.link).hash])).toEqual([
      ['Clarification: Council pauses AI chatbot trial after residents given wrong advice', '#note-2'],
      ['Correction: Council pauses AI chatbot trial after residents given wrong advice', '#note-1'],
    ]);
    expect(XMLValidator.validate(await get('/corrections/atom.xml'))).toBe(true);
    const json = JSON.parse(await get('/corrections/feed.json')) as { items: { content_html: string }[] };
    expect(json.items[0]?.content_html).toContain('<em>general</em>');
    expect((await fetch(`${base()}/corrections/page/2`)).status).toBe(404);
  });
});
