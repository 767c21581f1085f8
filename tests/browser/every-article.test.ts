import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser } from './support/browser';
import { loadSampleContent } from './support/sample-content';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

it('serves every published sample article with its breadcrumb, headline, byline, date, body and 3+ working related links', async () => {
  const { published } = await loadSampleContent();
  expect(published.length).toBeGreaterThanOrEqual(24);

  const baseUrl = inject('baseUrl');
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const checked = new Map<string, number>();
  for (const article of published) {
    const response = await page.goto(`${baseUrl}/${article.section}/${article.slug}`);
    expect(response?.status(), article.slug).toBe(200);
    await expect(
      page.locator('nav[aria-label="Breadcrumb"] [aria-current="page"]').textContent(),
    ).resolves.toBe(article.title);
    await expect(page.locator('h1').allTextContents()).resolves.toEqual([article.title]);
    await expect(page.locator('.byline-authors').textContent()).resolves.toMatch(/^by \S/);
    expect(await page.locator('.byline time').first().getAttribute('datetime')).toMatch(
      /^\d{4}-\d{2}-\d{2}T/,
    );
    expect(await page.locator('.article-body p').count(), article.slug).toBeGreaterThan(0);
    const related = await page
      .locator('section[aria-labelledby="related-heading"] a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    expect(related.length, article.slug).toBeGreaterThanOrEqual(3);
    for (const href of related) {
      if (!checked.has(href)) checked.set(href, (await fetch(`${baseUrl}${href}`)).status);
      expect(checked.get(href), `${article.slug} → ${href}`).toBe(200);
    }
  }
  await context.close();
});
