import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { findRelated } from '@/lib/content/queries';
import { loadSampleContent, type SampleContent } from './support/sample-content';

const PHONE = { width: 390, height: 844 };
let browser: Browser;
let sample: SampleContent;
beforeAll(async () => {
  [browser, sample] = await Promise.all([launchBrowser(), loadSampleContent()]);
});
afterAll(() => browser.close());
const base = () => inject('baseUrl');

describe('on a phone, without JavaScript', () => {
  it.each(['/', '/news', '/news/transpennine-upgrade-weekend-closures', '/search?q=rail'])(
    'the masthead, search and sections take at most 120 px before %s’s own content',
    async (path) => {
      const { page, close } = await openPage(browser, base(), path, { javaScript: false, viewport: PHONE });
      const bottom = await page.locator('.site-header').evaluate((el) => el.getBoundingClientRect().bottom);
      expect(bottom).toBeLessThanOrEqual(120);
      await expect(page.locator('#site-search').isVisible()).resolves.toBe(true);
      await close();
    },
  );

  it('scrolls the sections sideways inside their own bar, never the page, and shows where focus is', async () => {
    const { page, close } = await openPage(browser, base(), '/', { javaScript: false, viewport: PHONE });
    const bar = page.getByRole('navigation', { name: 'Sections' }).locator('ul');
    const { scroll, client } = await bar.evaluate((ul) => ({ scroll: ul.scrollWidth, client: ul.clientWidth }));
    expect(scroll).toBeGreaterThan(client);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBe(PHONE.width);
    const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
    const last = links.last();
    await last.focus();
    await expect(last.evaluate((a) => getComputedStyle(a).outlineStyle)).resolves.toBe('solid');
    // Focused, the last section is scrolled into the bar's view.
    const [box, barBox] = await Promise.all([last.boundingBox(), bar.boundingBox()]);
    expect(box!.x + box!.width).toBeLessThanOrEqual(barBox!.x + barBox!.width + 1);
    await close();
  });

  it('shows a small picture of each story that has one, in lists and “You may also like”, lazy and with its space reserved', async () => {
    const pictured = sample.published.filter((a) => a.image && a.section === 'news');
    expect(pictured.length).toBeGreaterThan(1);
    const { page, close } = await openPage(browser, base(), '/news', { javaScript: false, viewport: PHONE });
    const thumbs = page.locator('.card .story-thumbnail');
    await expect(thumbs.count()).resolves.toBeGreaterThan(0);
    const first = thumbs.first();
    await expect(first.getAttribute('loading')).resolves.toBe('lazy');
    await expect(first.getAttribute('width')).resolves.toBe('96');
    await expect(first.getAttribute('height')).resolves.toBe('72');
    await first.scrollIntoViewIfNeeded();
    await expect.poll(() => first.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await close();

    const reader = { now: new Date(), preview: false };
    const withRelated = sample.published.find(
      (a) => a.type !== 'live' && findRelated(sample.index, a, reader).some((r) => r.image),
    );
    const related = await openPage(browser, base(), `/${withRelated!.section}/${withRelated!.slug}`, {
      javaScript: false,
      viewport: PHONE,
    });
    const items = related.page.locator('.related li');
    const withPictures = await items.evaluateAll((lis) => lis.filter((li) => li.querySelector('.story-thumbnail')).length);
    const linkedPictured = await items.evaluateAll(
      (lis, slugs) => lis.filter((li) => slugs.some((s) => li.querySelector(`a[href$="/${s}"]`))).length,
      sample.published.filter((a) => a.image).map((a) => a.slug),
    );
    expect(withPictures).toBeGreaterThan(0);
    expect(withPictures).toBe(linkedPictured);
    await related.close();
  });
});
