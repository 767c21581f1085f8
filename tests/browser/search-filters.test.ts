import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { loadSampleContent, type SampleContent } from './support/sample-content';

let browser: Browser;
let sample: SampleContent;
beforeAll(async () => {
  [browser, sample] = await Promise.all([launchBrowser(), loadSampleContent()]);
});
afterAll(() => browser.close());
const base = () => inject('baseUrl');

describe('search filters, without JavaScript', () => {
  it('narrow the results by section from the form, as a URL that can be shared, with each choice counted', async () => {
    const { page, close } = await openPage(browser, base(), '/search?q=rail', { javaScript: false });
    const all = await page.locator('.search-results > li').count();
    const option = page.locator('#search-section option[value="business"]');
    const label = (await option.textContent()) ?? '';
    const count = Number(/\((\d+)\)$/.exec(label)?.[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(all);
    await page.locator('#search-section').selectOption('business');
    await page.locator('.search-page form button').click();
    await page.waitForURL(/section=business/);
    const links = await page.locator('.search-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toHaveLength(count);
    for (const href of links) expect(href).toMatch(/^\/business\//);
    const shared = await openPage(browser, base(), new URL(page.url()).pathname + new URL(page.url()).search, {
      javaScript: false,
    });
    await expect(shared.page.locator('.search-results > li').count()).resolves.toBe(count);
    await shared.close();
    await close();
  });

  it('combine a type, an author and a date range, and sort by newest', async () => {
    const opinion = sample.published.filter((a) => ['opinion', 'editorial', 'letter'].includes(a.type));
    expect(opinion.length).toBeGreaterThan(0);
    const { page, close } = await openPage(browser, base(), '/search?q=the&type=opinion&sort=newest', {
      javaScript: false,
    });
    const dates = await page.locator('.search-results time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates).toEqual(dates.toSorted().reverse());
    const story = sample.published.find((a) => a.type === 'news' && a.tags.some((t) => t.slug === 'rail'))!;
    const day = story.date.slice(0, 10);
    const ranged = await (
      await fetch(`${base()}/search?q=rail&author=${story.authors[0]}&from=${day}&to=${day}`)
    ).text();
    expect(ranged).toContain(`/${story.section}/${story.slug}`);
    for (const other of sample.published.filter((a) => a.date.slice(0, 10) !== day))
      expect(ranged).not.toContain(`href="/${other.section}/${other.slug}"`);
    await close();
  });

  it('offer the corrected spelling when a word matches nothing as typed', async () => {
    const { page, close } = await openPage(browser, base(), '/search?q=liverpol+batery', { javaScript: false });
    const suggestion = page.locator('.search-suggestion a');
    await expect(suggestion.textContent()).resolves.toBe('liverpool battery');
    await suggestion.click();
    await page.waitForURL(/q=liverpool\+battery/);
    await expect(page.locator('.search-suggestion').count()).resolves.toBe(0);
    await expect(page.locator('.search-results > li').count()).resolves.toBeGreaterThan(0);
    await close();
  });

  it('offer all matches when the filters leave none, and escape what they echo', async () => {
    const none = (await (await fetch(`${base()}/search?q=rail&type=obituary`)).text()).replaceAll('<!-- -->', '');
    expect(none).toMatch(/No stories match “rail”.*with these filters/);
    expect(none).toContain('href="/search?q=rail">See all');
    const hostile = await fetch(
      `${base()}/search?q=${encodeURIComponent('<script>alert(1)</script>')}&section=${encodeURIComponent('"><script>')}&from=${encodeURIComponent('<b>')}`,
    );
    expect(hostile.status).toBe(200);
    const text = await hostile.text();
    expect(text).not.toContain('<script>alert(1)');
    expect(text).not.toContain('"><script>');
    expect(text).toMatch(/<meta name="robots" content="noindex, follow"/);
  });
});
