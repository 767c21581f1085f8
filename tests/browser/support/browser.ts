import { type Browser, chromium, type Page, type Response } from 'playwright-core';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@/lib/bench/chromium';

/** Debian's Chromium, with the flags that keep it off the network; never a downloaded browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_FLAGS,
  });
}

export interface OpenedPage {
  page: Page;
  response: Response | null;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Requests to any origin but the site's, which are aborted. */
  external: string[];
  /** Paths (with query) of the requests made to the site, the page's own first. */
  requests: string[];
  close: () => Promise<void>;
}

/** Opens a path of the site in a fresh context, recording errors and blocking requests to other origins. */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  path: string,
  options: { javaScript?: boolean; viewport?: { width: number; height: number } } = {},
): Promise<OpenedPage> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: options.viewport,
  });
  const origin = new URL(baseUrl).origin;
  const external: string[] = [];
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.origin === origin) {
      requests.push(url.pathname + url.search);
      return route.continue();
    }
    external.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  const response = await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
  return { page, response, errors, external, requests, close: () => context.close() };
}
