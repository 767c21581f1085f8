import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

// The last five reach a page that calls notFound() itself, for which Next.js 16 sends an empty shell
// only its client runtime fills in; the server sends the 404 page in its place.
it.each([
  '/business/no-such-story',
  '/no-such-section',
  '/no-such-section/no-such-story',
  '/business/%E0%A4%A',
  '/%zz',
  '/business/..%2f..%2fetc%2fpasswd',
  '/news/west-yorkshire-evening-bus-cuts', // a draft
  '/business/a.story',
  '/tags/a.tag',
  '/about/x',
  '/page/1.5',
])('answers %s with the 404 page and status 404, without JavaScript too', async (path) => {
  const { page, response, errors, external, close } = await openPage(browser, inject('baseUrl'), path, {
    javaScript: false,
  });
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
    'We couldn’t find that page',
  );
  await expect(page.getByRole('link', { name: 'Home page' }).getAttribute('href')).resolves.toBe('/');
  // Chromium logs the 404 status of the document itself; nothing else may fail.
  expect(errors.filter((e) => !e.includes('404'))).toEqual([]);
  expect(external).toEqual([]);
  await close();
});
