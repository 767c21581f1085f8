import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import { launchBrowser, openPage } from './support/browser';
import { loadSampleContent } from './support/sample-content';

const OLD = '/news/calder-valley-flood-scheme-approved';
const LATER = '/news/calder-valley-flood-defences-winter';
let browser: Browser;
let published: Article[];
beforeAll(async () => {
  browser = await launchBrowser();
  ({ published } = await loadSampleContent());
});
afterAll(() => browser.close());
const base = () => inject('baseUrl');

describe('story threads, read without JavaScript', () => {
  it('tell a reader an old story is old, and which later stories followed it up', async () => {
    const { page, close } = await openPage(browser, base(), OLD, { javaScript: false });
    await expect(page.locator('.article-header .age-notice').textContent()).resolves.toBe(
      'This article is more than 1 year old',
    );
    const followUps = page.getByRole('region', { name: 'Follow-ups' });
    const links = await followUps
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const linking = published.filter((a) => a.linksTo.includes('calder-valley-flood-scheme-approved'));
    expect(links).toEqual(linking.map((a) => `/${a.section}/${a.slug}`));
    expect(links).toContain(LATER);
    await close();
  });

  it('show neither on a recent story nobody followed up, nor an age notice on a live story', async () => {
    const { page, close } = await openPage(browser, base(), LATER, { javaScript: false });
    await expect(page.locator('.age-notice').count()).resolves.toBe(0);
    const followed = published.some((a) => a.linksTo.includes('calder-valley-flood-defences-winter'));
    await expect(page.getByRole('region', { name: 'Follow-ups' }).count()).resolves.toBe(followed ? 1 : 0);
    await close();
    const live = await (await fetch(`${base()}/news/storm-morven-live`)).text();
    expect(live).not.toMatch(/class="age-notice"/);
  });

  it('list a story’s topics after its body by name, each leading to its page', async () => {
    const story = published.find((a) => `/${a.section}/${a.slug}` === LATER)!;
    const { page, close } = await openPage(browser, base(), LATER, { javaScript: false });
    const topics = page.getByRole('navigation', { name: 'Topics' });
    const shown = await topics
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(shown).toEqual(story.tags.map((t) => [t.name, `/tags/${t.slug}`]));
    for (const [, href] of shown) expect((await fetch(`${base()}${href}`)).status).toBe(200);
    await close();
  });

  it('give a topic its display name and description from content/tags.yaml, with its feeds', async () => {
    const { page, response, close } = await openPage(browser, base(), '/tags/local-government', {
      javaScript: false,
    });
    expect(response?.status()).toBe(200);
    await expect(page.locator('h1').textContent()).resolves.toBe('Topic: Local government');
    await expect(
      page.getByText(/^Councils, combined authorities and mayors across the North/).count(),
    ).resolves.toBe(1);
    const feeds = await page
      .locator('link[rel="alternate"]')
      .evaluateAll((ls) => ls.map((l) => new URL(l.getAttribute('href') ?? '', location.href).pathname));
    expect(feeds).toEqual(
      expect.arrayContaining(['/tags/local-government/feed.xml', '/tags/local-government/atom.xml']),
    );
    await close();
  });
});
