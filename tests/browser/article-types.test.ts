import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import { launchBrowser, openPage } from './support/browser';
import { loadSampleContent } from './support/sample-content';

let browser: Browser;
let published: Article[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ published } = await loadSampleContent());
});
afterAll(() => browser.close());

const base = () => inject('baseUrl');
const get = async (url: string) => (await fetch(`${base()}${url}`)).text();
const pathOf = (a: Article) => `/${a.section}/${a.slug}`;
const jsonLdTypes = (html: string) =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map(
    (m) => (JSON.parse(m[1] ?? '') as { '@type': string })['@type'],
  );

const EXPECTED: Record<string, [label: string | undefined, schemaType: string]> = {
  news: [undefined, 'ReportageNewsArticle'],
  analysis: ['Analysis', 'AnalysisNewsArticle'],
  opinion: ['Opinion', 'OpinionNewsArticle'],
  editorial: ['Editorial', 'OpinionNewsArticle'],
  letter: ['Letter', 'OpinionNewsArticle'],
  review: ['Review', 'ReviewNewsArticle'],
  explainer: ['Explainer', 'BackgroundNewsArticle'],
  interview: ['Interview', 'NewsArticle'],
  obituary: ['Obituary', 'NewsArticle'],
  sponsored: ['Sponsored by Pennine Energy Partnership', 'AdvertiserContentArticle'],
};

describe('article types, read without JavaScript', () => {
  it.each(Object.entries(EXPECTED))(
    'the sample has a %s story, labelled before its headline and described by its schema.org type',
    async (type, [label, schemaType]) => {
      const story = published.find((a) => a.type === type);
      expect(story, `a published ${type} story in content/`).toBeDefined();
      const { page, response, close } = await openPage(browser, base(), pathOf(story!), {
        javaScript: false,
      });
      expect(response?.status()).toBe(200);
      const header = page.locator('.article-header');
      const shown = await header.locator('.type-label').allTextContents();
      expect(shown).toEqual(label ? [label] : []);
      const html = await page.content();
      expect(jsonLdTypes(html)).toContain(schemaType);
      const opinion = ['opinion', 'editorial', 'letter'].includes(type);
      await expect(page.locator('article.article-opinion').count()).resolves.toBe(opinion ? 1 : 0);
      if (opinion) {
        // Set apart from news: a serif headline on a field of its own.
        const [headline, field] = await Promise.all([
          page.locator('h1').evaluate((h) => getComputedStyle(h).fontFamily),
          header.evaluate((h) => getComputedStyle(h).backgroundColor),
        ]);
        expect(headline).toMatch(/Charter|Georgia|serif/);
        expect(field).not.toBe('rgba(0, 0, 0, 0)');
      }
      await close();
    },
  );

  it('says who paid for sponsored content above its headline, and marks its links to other sites sponsored', async () => {
    const { page, close } = await openPage(browser, base(), '/business/farm-heat-pumps-sponsored', {
      javaScript: false,
    });
    await expect(page.locator('.sponsor-note').textContent()).resolves.toContain(
      'Pennine Energy Partnership paid',
    );
    const outbound = await page
      .locator('.article-body a[href^="http"]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('rel')));
    expect(outbound.length).toBeGreaterThan(0);
    expect(outbound.every((rel) => rel?.split(' ').includes('sponsored'))).toBe(true);
    await close();
  });

  it('labels cards on the fronts with the story’s type', async () => {
    const analysis = published.find((a) => a.type === 'analysis')!;
    const html = await get(`/${analysis.section}`);
    const card = html.slice(html.lastIndexOf('<article', html.indexOf(`href="${pathOf(analysis)}"`)));
    expect(card.slice(0, card.indexOf('</article>'))).toMatch(/class="type-label">Analysis<\/span>/);
  });

  it('lists opinion, editorials and letters on /opinion, newest first, with feeds that parse as strict XML', async () => {
    const expected = published.filter((a) => ['opinion', 'editorial', 'letter'].includes(a.type));
    expect(expected.length).toBeGreaterThanOrEqual(3);
    const { page, response, close } = await openPage(browser, base(), '/opinion', { javaScript: false });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Opinion');
    const links = await page
      .locator('main .card-title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expected.map(pathOf));
    const feeds = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((ls) => ls.map((l) => new URL(l.getAttribute('href') ?? '', location.href).pathname));
    expect(feeds).toEqual(
      expect.arrayContaining(['/opinion/feed.xml', '/opinion/atom.xml', '/opinion/feed.json']),
    );
    await expect(
      page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Opinion' }).count(),
    ).resolves.toBe(1);
    await close();

    const rss = await get('/opinion/feed.xml');
    expect(XMLValidator.validate(rss)).toBe(true);
    const items = new XMLParser().parse(rss).rss.channel.item as { link: string }[];
    expect(items.map((i) => new URL(i.link).pathname)).toEqual(expected.map(pathOf));
    const json = JSON.parse(await get('/opinion/feed.json')) as { items: unknown[] };
    expect(json.items).toHaveLength(expected.length);
    expect(XMLValidator.validate(await get('/opinion/atom.xml'))).toBe(true);
  });
});
