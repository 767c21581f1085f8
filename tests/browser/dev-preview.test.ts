import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';
import { keepTsconfig, type SiteServer, startSite } from './support/site-server';

// `npm run dev` on a copy of the sample content, so the test can edit files as an editor would.
const ROOT = path.resolve(import.meta.dirname, '../..');
const ARTICLE = 'articles/2026/northern-rail-fares-freeze.md';
let content: string;
let server: SiteServer;
let browser: Browser;
let restoreTsconfig: () => Promise<void>;

beforeAll(async () => {
  content = await mkdtemp(path.join(os.tmpdir(), 'dev-content-'));
  await cp(path.join(ROOT, 'content'), content, { recursive: true });
  // `next dev` with its own dist folder adds that folder to tsconfig.json; put it back afterwards.
  restoreTsconfig = await keepTsconfig();
  server = await startSite(
    { CONTENT_DIR: content, NEXT_DIST_DIR: 'tests/.tmp/next-dev', CONTENT_CACHE_DIR: 'off' },
    'server-dev',
    'dev',
  );
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await rm(content, { recursive: true, force: true });
  await restoreTsconfig?.();
  await rm(path.join(ROOT, 'tests/.tmp/next-dev'), { recursive: true, force: true });
});

it('refreshes the open page when its Markdown is saved, without a reload', async () => {
  const file = path.join(content, ARTICLE);
  const context = await browser.newContext();
  // Notes when the page's content-events stream is open: an edit saved before then goes unheard.
  await context.addInitScript(() => {
    const Native = window.EventSource;
    window.EventSource = class extends Native {
      constructor(url: string | URL, init?: EventSourceInit) {
        super(url, init);
        this.addEventListener('open', () => ((window as unknown as { listening: boolean }).listening = true));
      }
    };
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/${await sectionOf(file)}/northern-rail-fares-freeze`);
  await page.waitForFunction(
    () => (window as unknown as { listening?: boolean }).listening === true,
    undefined,
    { timeout: 120_000 },
  );
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
  const text = await readFile(file, 'utf8');
  await writeFile(
    file,
    text.replace(/^title: .*$/m, 'title: "Fares freeze extended to every northern route"'),
  );
  await expect
    .poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 })
    .toBe('Fares freeze extended to every northern route');
  // The same document: refreshed in place, not reloaded.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
  await context.close();
}, 300_000);

it('shows a broken file (file, line, field) on the page while the rest of the site keeps working', async () => {
  const file = path.join(content, 'articles/2026/small-business-confidence-survey.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace(/^date: .*$/m, 'date: 2026-02-30'));
  const home = await openPage(browser, server.url, '/');
  expect(home.response?.status()).toBe(200);
  const alert = home.page.getByRole('alert').filter({ hasText: 'Content problems' });
  // Reload rather than wait for the live refresh: this test is about what the page shows.
  const alertAfterReload = async () => {
    await home.page.reload();
    return (await alert.count()) > 0 ? alert.textContent() : '';
  };
  await expect
    .poll(alertAfterReload, { timeout: 120_000, interval: 1_000 })
    .toMatch(/small-business-confidence-survey\.md:\d+\s*date/);
  await expect(alert.textContent()).resolves.toMatch(/expected/);
  await expect(home.page.locator('main article').count()).resolves.toBeGreaterThan(5);
  await home.close();
  const other = await fetch(`${server.url}/news`);
  expect(other.status).toBe(200);
  await writeFile(file, text);
  await expect
    .poll(async () => (await fetch(`${server.url}/`)).text(), { timeout: 120_000 })
    .not.toContain('Content problems');
}, 300_000);

async function sectionOf(file: string): Promise<string> {
  return /^section: (\S+)$/m.exec(await readFile(file, 'utf8'))![1]!;
}
