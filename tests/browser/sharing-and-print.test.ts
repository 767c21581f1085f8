import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';

const LONG_READ = '/news/transpennine-upgrade-weekend-closures';
const SHORT = '/news/northern-rail-fares-freeze';
const PRINTED_LINK = '/business/farm-heat-pumps-sponsored';
const TITLE = 'Trans-Pennine rail line faces winter of weekend closures for upgrade';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
const base = () => inject('baseUrl');

describe('share links, without JavaScript', () => {
  it('offer every service by an accessible name, with the canonical URL, and ask nothing of any service', async () => {
    const { page, external, close } = await openPage(browser, base(), LONG_READ, { javaScript: false });
    const share = page.getByRole('navigation', { name: 'Share this article' });
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    for (const name of ['Share by Email', 'Share on Bluesky', 'Share on Mastodon', 'Share on X', 'Share on Facebook', 'Share on LinkedIn', 'Share on WhatsApp']) {
      const href = (await share.getByRole('link', { name, exact: true }).getAttribute('href')) ?? '';
      expect(decodeURIComponent(href.replace(/\+/g, ' ')), name).toContain(canonical);
    }
    expect(external).toEqual([]);
    await close();
  });

  it('take a reader to their own Mastodon server’s share page, through a page of this site', async () => {
    const { page, external, close } = await openPage(browser, base(), LONG_READ, { javaScript: false });
    await page.getByRole('link', { name: 'Share on Mastodon' }).click();
    await page.waitForURL(/\/share\/mastodon\?/);
    await expect(page.locator('h1').textContent()).resolves.toBe('Share on Mastodon');
    await page.getByLabel('Your Mastodon server').fill('nonsense');
    await page.getByRole('button', { name: 'Continue to Mastodon' }).click();
    await page.waitForURL(/error=server/);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/does not look like a Mastodon server/);
    await page.getByLabel('Your Mastodon server').fill('@reader@social.example');
    await page
      .getByRole('button', { name: 'Continue to Mastodon' })
      .click()
      .catch(() => undefined); // the test aborts the request to the other host
    await expect
      .poll(() => external.find((u) => u.startsWith('https://social.example/share?')), { timeout: 10_000 })
      .toBeTruthy();
    const text = new URL(external.find((u) => u.startsWith('https://social.example/share?'))!).searchParams.get('text');
    expect(text).toBe(`${TITLE} ${new URL(LONG_READ, 'http://localhost:3000').href}`);
    await close();
  });
});

describe('a long read', () => {
  it('opens with its contents, each linked to its subheading', async () => {
    const { page, close } = await openPage(browser, base(), LONG_READ, { javaScript: false });
    const toc = page.getByRole('navigation', { name: 'In this article' });
    const targets = await toc.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(targets.length).toBeGreaterThanOrEqual(4);
    for (const target of targets) await expect(page.locator(`h2${target}`).count(), target).resolves.toBe(1);
    await close();
    const short = await openPage(browser, base(), SHORT, { javaScript: false });
    await expect(short.page.locator('.toc').count()).resolves.toBe(0);
    await short.close();
  });
});

describe('printed', () => {
  it('keeps the headline, byline, dates, photo, body and URL, and leaves out navigation, sharing and related stories', async () => {
    const { page, close } = await openPage(browser, base(), LONG_READ, { javaScript: false });
    await page.emulateMedia({ media: 'print' });
    const shown = (selector: string) =>
      page.locator(selector).first().evaluate((el) => getComputedStyle(el).display !== 'none');
    for (const selector of ['h1', '.byline', 'time', '.lead-image', '.article-body', '.print-only'])
      await expect(shown(selector), selector).resolves.toBe(true);
    for (const selector of ['.site-header', '.site-footer', '.share-links', '.related', '.breadcrumb', '.toc'])
      await expect(shown(selector), selector).resolves.toBe(false);
    await expect(page.locator('.print-only').textContent()).resolves.toMatch(/\/news\/transpennine-upgrade-weekend-closures$/);
    await close();
    // A story with a link to another site prints where the link goes.
    const linked = await openPage(browser, base(), PRINTED_LINK, { javaScript: false });
    await linked.page.emulateMedia({ media: 'print' });
    const link = linked.page.locator('.article-body a[href^="https:"]').first();
    const href = await link.getAttribute('href');
    await expect(link.evaluate((a) => getComputedStyle(a, '::after').content)).resolves.toBe(`" (${href})"`);
    await linked.close();
  });
});
