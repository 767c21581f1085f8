import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';

const ARTICLE = '/business/carmaker-liverpool-european-research-headquarters';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

describe.each([true, false])('the article page (JavaScript %s)', (javaScript) => {
  it('shows breadcrumb, headline, byline, date, lead image, body and related links', async () => {
    const { page, response, errors, external, close } = await openPage(browser, inject('baseUrl'), ARTICLE, {
      javaScript,
    });
    expect(response?.status()).toBe(200);
    const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
    const title = await page.getByRole('heading', { level: 1 }).textContent();
    expect(title).toMatch(/Liverpool/);
    await expect(crumbs.textContent()).resolves.toBe(`Home» Business» ${title}`);
    await expect(crumbs.getByRole('link', { name: 'Business' }).getAttribute('href')).resolves.toBe(
      '/business',
    );

    const byline = page.locator('.byline');
    await expect(byline.textContent()).resolves.toMatch(/^by [A-Z]/);
    expect(await byline.getByRole('link').first().getAttribute('href')).toMatch(/^\/authors\/[a-z-]+$/);
    await expect(byline.locator('time').first().getAttribute('datetime')).resolves.toBe(
      '2026-11-18T09:30:00+00:00',
    );
    await expect(byline.textContent()).resolves.toMatch(/\d+ min read/);
    await expect(byline.locator('.byline-meta').textContent()).resolves.toMatch(
      /^Published 18 November 2026, 09:30 GMT · /,
    );

    const image = page.locator('.lead-image img');
    expect(await image.getAttribute('alt')).toBeTruthy();
    expect(Number(await image.getAttribute('width'))).toBeGreaterThan(0);
    expect(await image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);

    expect(await page.locator('.article-body p').count()).toBeGreaterThanOrEqual(3);
    expect(
      await page.getByRole('region', { name: 'You may also like' }).getByRole('link').count(),
    ).toBeGreaterThanOrEqual(3);
    expect(errors).toEqual([]);
    expect(external).toEqual([]);
    await close();
  });
});

it('links every in-page #fragment to an element that exists, without JavaScript', async () => {
  const baseUrl = inject('baseUrl');
  const { page, close } = await openPage(browser, baseUrl, ARTICLE, { javaScript: false });
  const missing = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]
      .map((a) => a.getAttribute('href')!.slice(1))
      .filter((id) => !document.getElementById(id)),
  );
  expect(missing).toEqual([]);
  await close();
});

it('permanently redirects a known slug under another section to its canonical URL', async () => {
  const response = await fetch(
    `${inject('baseUrl')}/sport/carmaker-liverpool-european-research-headquarters`,
    { redirect: 'manual' },
  );
  expect(response.status).toBe(308);
  expect(new URL(response.headers.get('location')!, inject('baseUrl')).pathname).toBe(ARTICLE);
});

it('serves body images through next/image with their size, a srcset, lazy loading and a caption', async () => {
  const { page, external, close } = await openPage(
    browser,
    inject('baseUrl'),
    '/news/gp-appointment-waits-north-west',
  );
  const image = page.locator('.article-body figure img');
  await expect(image.getAttribute('loading')).resolves.toBe('lazy');
  await expect(image.getAttribute('width')).resolves.toBe('1200');
  await expect(image.getAttribute('height')).resolves.toBe('700');
  expect(await image.getAttribute('srcset')).toMatch(/\/_next\/image\?url=%2Fimages%2Fgp-waits-chart\.png/);
  await expect(page.locator('.article-body figure figcaption').textContent()).resolves.toMatch(
    /^Appointments booked more than four weeks ahead/,
  );
  await image.scrollIntoViewIfNeeded();
  await expect
    .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
    .toBe(true);
  expect(external).toEqual([]);
  await close();
});
