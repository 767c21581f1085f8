import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

it('goes from the home page to an article and on to a related story', async () => {
  const baseUrl = inject('baseUrl');
  const { page, response, errors, external, close } = await openPage(browser, baseUrl, '/');
  expect(response?.status()).toBe(200);
  await expect(page.locator('h1').count()).resolves.toBe(1);
  for (const landmark of ['banner', 'main', 'contentinfo'] as const)
    await expect(page.getByRole(landmark).count()).resolves.toBe(1);

  const lead = page.getByRole('region', { name: 'Lead story' }).getByRole('heading').getByRole('link');
  const leadTitle = await lead.textContent();
  await Promise.all([page.waitForURL(/\/[a-z-]+\/[a-z0-9-]+$/), lead.click()]);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(leadTitle);
  const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
  await expect(crumbs.getByRole('link', { name: 'Home' }).getAttribute('href')).resolves.toBe('/');
  await expect(crumbs.locator('[aria-current="page"]').textContent()).resolves.toBe(leadTitle);

  const related = page.getByRole('region', { name: 'You may also like' }).getByRole('link');
  expect(await related.count()).toBeGreaterThanOrEqual(3);
  expect(await related.count()).toBeLessThanOrEqual(6);
  const relatedTitle = await related.first().textContent();
  const [navigation] = await Promise.all([page.waitForEvent('framenavigated'), related.first().click()]);
  await page.waitForLoadState('load');
  expect(navigation.url()).not.toBe(`${baseUrl}/`);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(relatedTitle);

  expect(errors).toEqual([]);
  expect(external).toEqual([]);
  await close();
});
