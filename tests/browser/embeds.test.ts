import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';

const STORY = '/culture/hull-playhouse-reopens-after-restoration';
const VIDEO = 'https://www.youtube.com/watch?v=aqz-KE-bpKQ';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());
const base = () => inject('baseUrl');
const policyOf = async (path: string) => (await fetch(`${base()}${path}`)).headers.get('content-security-policy') ?? '';

describe('embeds, privacy first', () => {
  it('show a card from this site, and ask the provider for nothing until the reader does', async () => {
    for (const javaScript of [false, true]) {
      const { page, external, errors, close } = await openPage(browser, base(), STORY, { javaScript });
      const card = page.locator('figure.embed-youtube');
      await expect(card.locator('figcaption').textContent()).resolves.toMatch(/^YouTube · The cast of The Boulevard Years/);
      await expect(card.getByRole('link', { name: 'Open on YouTube' }).getAttribute('href')).resolves.toBe(VIDEO);
      // The player is asked for with a button, so no link on the page leads a crawler to it.
      await expect(card.getByRole('button', { name: /^Watch the video from YouTube: The cast/ }).count()).resolves.toBe(1);
      await expect(page.locator('a[href*="/embed/"]').count()).resolves.toBe(0);
      await expect(page.locator('figure.embed-bluesky').count()).resolves.toBe(1);
      await expect(page.locator('iframe').count()).resolves.toBe(0);
      await page.mouse.wheel(0, 5000);
      await page.waitForTimeout(300);
      expect(external).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    }
  });

  it('play, from the card’s button without JavaScript, on a page of this site whose policy allows frames from that one provider', async () => {
    const { page, external, close } = await openPage(browser, base(), STORY, { javaScript: false });
    await page.getByRole('button', { name: /^Watch the video from YouTube/ }).click();
    await page.waitForURL(`${base()}/embed/youtube?url=${encodeURIComponent(VIDEO)}`);
    await expect(page.locator('iframe').getAttribute('src')).resolves.toBe('https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ');
    await expect.poll(() => external.some((u) => u.startsWith('https://www.youtube-nocookie.com/embed/')), { timeout: 10_000 }).toBe(true);
    expect(external.every((u) => u.startsWith('https://www.youtube-nocookie.com/'))).toBe(true);
    await close();
    const policy = await policyOf(`/embed/youtube?url=${encodeURIComponent(VIDEO)}`);
    expect(policy).toContain('frame-src https://www.youtube-nocookie.com;');
    for (const path of [STORY, '/', '/embed/vimeo?url=x'])
      expect(await policyOf(path), path).not.toContain('youtube');
    expect(await policyOf(STORY)).toContain("frame-src 'none'");
  });

  it('show no player for an address that is not the provider’s, and have no page for Mastodon or an unknown provider', async () => {
    const wrong = await (await fetch(`${base()}/embed/youtube?url=${encodeURIComponent('https://evil.example/x')}`)).text();
    expect(wrong).toContain('Nothing to show');
    expect(wrong).not.toContain('<iframe');
    expect((await fetch(`${base()}/embed/mastodon`)).status).toBe(404);
    expect((await fetch(`${base()}/embed/myspace`)).status).toBe(404);
  });
});
