import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { parseContentDate } from '@/lib/dates/parse-content-date';
import { launchBrowser } from './support/browser';
import { type SiteServer, startSite } from './support/site-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIST = 'tests/.tmp/next-breaking';
const CLOCK = path.join(ROOT, 'tests/.tmp/clock-breaking');

let server: SiteServer;
let browser: Browser;
let banner: { text: string; link: string; expires: number };

beforeAll(async () => {
  // The sample banner, read as an editor wrote it (its expiry is in the past on the real clock).
  const yaml = await readFile(path.join(ROOT, 'content/breaking.yaml'), 'utf8');
  const field = (name: string) => new RegExp(`^${name}: (.+)$`, 'm').exec(yaml)?.[1]?.trim() ?? '';
  const expires = parseContentDate(field('expires'), 'Europe/London');
  if (!expires) throw new Error('content/breaking.yaml needs an expiry');
  banner = { text: field('text'), link: field('link'), expires: expires.getTime() };
  // A copy of the build, so this server's regenerated pages never reach the other tests' server.
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
  await cp(path.join(ROOT, '.next'), path.join(ROOT, DIST), { recursive: true });
  await writeFile(CLOCK, '0');
  server = await startSite(
    {
      NEXT_DIST_DIR: DIST,
      TEST_CLOCK_FILE: CLOCK,
      NODE_OPTIONS: `--import ${path.join(import.meta.dirname, 'support/clock-preload.mjs')}`,
    },
    'server-breaking',
  );
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(path.join(ROOT, DIST), { recursive: true, force: true });
});

const moveClockTo = (ms: number) => writeFile(CLOCK, String(ms - Date.now()));
const BANNER = 'role="region" aria-label="Breaking news"';

/** Requests a path until `accept` holds, for at most 90 s: a cached page changes after its 60 s window. */
async function poll(url: string, accept: (body: string) => boolean): Promise<string> {
  const deadline = Date.now() + 90_000;
  for (;;) {
    const body = await (await fetch(url)).text();
    if (accept(body) || Date.now() > deadline) return body;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

it('shows the banner on every page until it expires, then takes it down without a rebuild', async () => {
  expect(await (await fetch(`${server.url}/`)).text()).not.toContain(BANNER);

  // Three hours before the expiry: the banner goes up.
  await moveClockTo(banner.expires - 3 * 3_600_000);
  const home = await poll(`${server.url}/`, (body) => body.includes(BANNER));
  expect(home).toContain(BANNER);
  expect(home).toContain(`href="${banner.link}"`);
  for (const url of ['/business', '/about', '/search?q=rail', '/no-such-page']) {
    const body = await poll(`${server.url}${url}`, (text) => text.includes(BANNER));
    expect(body, url).toContain(BANNER);
  }

  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme, viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    const region = page.getByRole('region', { name: 'Breaking news' });
    await expect(region.getByRole('link').textContent()).resolves.toBe(banner.text);
    const results = await new AxeBuilder({ page })
      .include('.breaking-news')
      .withTags(['wcag2a', 'wcag2aa', 'wcag22aa'])
      .analyze();
    expect(
      results.violations.map((v) => v.id),
      colorScheme,
    ).toEqual([]);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    // The skip link stays the first stop for a keyboard.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Skip to main content',
    );
    await context.close();
  }

  // A minute after the expiry: it comes down by itself.
  await moveClockTo(banner.expires + 60_000);
  const after = await poll(`${server.url}/`, (body) => !body.includes(BANNER));
  expect(after).not.toContain(BANNER);
}, 300_000);
