import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/content-index';
import { seriesParts } from '@/lib/lists/series-parts';
import { launchBrowser, openPage } from './support/browser';
import { loadSampleContent } from './support/sample-content';

const SERIES = 'liverpool-battery-economy';
let browser: Browser;
let index: ContentIndex;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ index } = await loadSampleContent());
});
afterAll(() => browser.close());
const base = () => inject('baseUrl');
const pathOf = (a: { section: string; slug: string }) => `/${a.section}/${a.slug}`;

describe('a series, read without JavaScript', () => {
  it('lists its parts oldest first, numbered, under its name and description', async () => {
    const parts = seriesParts(index, SERIES, { now: new Date(), preview: false });
    expect(parts.length).toBeGreaterThanOrEqual(4);
    const { page, response, close } = await openPage(browser, base(), `/series/${SERIES}`, {
      javaScript: false,
    });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe(index.series.get(SERIES)?.name);
    await expect(page.locator('.series-part').allTextContents()).resolves.toEqual(
      parts.map((_, i) => `Part ${i + 1} of ${parts.length}`),
    );
    const links = await page
      .locator('.series-parts .card-title a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(parts.map(pathOf));
    await close();
    expect((await fetch(`${base()}/series/no-such-series`)).status).toBe(404);
    // Crawlers find it, and /opinion, in the sitemap.
    const sitemap = await (await fetch(`${base()}/sitemaps/sitemap/0.xml`)).text();
    expect(sitemap).toContain(`${index.site.url}/series/${SERIES}</loc>`);
    expect(sitemap).toContain(`${index.site.url}/opinion</loc>`);
  });

  it('lets a reader walk it from any part: its position, the series and the parts either side', async () => {
    const parts = seriesParts(index, SERIES, { now: new Date(), preview: false });
    const { page, close } = await openPage(browser, base(), pathOf(parts[1]!), { javaScript: false });
    const nav = page.getByRole('navigation', { name: 'Series' });
    await expect(nav.locator('p').textContent()).resolves.toBe(
      `Part 2 of ${parts.length} in ${index.series.get(SERIES)?.name}`,
    );
    await expect(nav.locator('a[rel="prev"]').getAttribute('href')).resolves.toBe(pathOf(parts[0]!));
    await expect(nav.locator('a[rel="next"]').getAttribute('href')).resolves.toBe(pathOf(parts[2]!));
    await nav.getByRole('link', { name: index.series.get(SERIES)?.name }).click();
    expect(new URL(page.url()).pathname).toBe(`/series/${SERIES}`);
    await close();
  });
});
