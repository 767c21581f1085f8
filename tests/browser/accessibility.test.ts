import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openPage } from './support/browser';

const ROOT = path.resolve(import.meta.dirname, '../..');
const VNU = path.join(path.dirname(createRequire(import.meta.url).resolve('vnu-jar')), 'build/dist/vnu.jar');

/** One page of every type a reader can reach. */
const PAGE_TYPES: Record<string, string> = {
  home: '/',
  'home page 2': '/page/2',
  article: '/business/carmaker-liverpool-european-research-headquarters',
  'article with table and footnote': '/culture/manchester-longnight-festival-lineup',
  'opinion column': '/news/northern-rail-reliability-column',
  editorial: '/news/our-view-leeds-libraries',
  letters: '/news/letters-evening-bus-cuts',
  review: '/culture/review-the-tide-clock-wyke-street',
  'sponsored story': '/business/farm-heat-pumps-sponsored',
  opinion: '/opinion',
  corrections: '/corrections',
  series: '/series/liverpool-battery-economy',
  'old story with follow-ups': '/news/calder-valley-flood-scheme-approved',
  'corrected story': '/technology/council-chatbot-trial-paused',
  'live story': '/news/storm-morven-live',
  'live story, ended': '/news/mayoral-count-live',
  section: '/business',
  'tag index': '/tags',
  tag: '/tags/local-government',
  'author index': '/authors',
  author: '/authors/amara-okafor',
  archive: '/archive',
  'archive month': '/archive/2026/11',
  'search with results': '/search?q=rail',
  'search without results': '/search?q=zzqxv',
  'search form': '/search',
  about: '/about',
  contact: '/contact',
  masthead: '/masthead',
  'ownership and funding, with a table': '/ownership-and-funding',
  'author with expertise and links': '/authors/priya-raman',
  'not found': '/no-such-page',
};

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser.close());

const base = () => inject('baseUrl');

describe.each(['light', 'dark'] as const)('axe-core, WCAG 2.2 AA, %s theme', (colorScheme) => {
  it.each(Object.entries(PAGE_TYPES))('%s has no violations', async (_, url) => {
    const context = await browser.newContext({ colorScheme });
    const page = await context.newPage();
    await page.goto(`${base()}${url}`);
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
    await context.close();
  });
});

describe('structure and keyboard', () => {
  it.each(Object.entries(PAGE_TYPES))(
    '%s has one h1 and the header, nav, main and footer landmarks',
    async (_, url) => {
      const { page, close } = await openPage(browser, base(), url, { javaScript: false });
      await expect(page.locator('h1').count()).resolves.toBe(1);
      for (const role of ['banner', 'main', 'contentinfo'] as const)
        await expect(page.getByRole(role).count(), role).resolves.toBe(1);
      await expect(page.getByRole('navigation', { name: 'Sections' }).count()).resolves.toBe(1);
      await close();
    },
  );

  it('reaches every link and control by keyboard in document order, each with a visible focus ring', async () => {
    const { page, close } = await openPage(browser, base(), PAGE_TYPES.article!);
    const focusable = await page.locator('a[href], button, input, select, textarea').count();
    const seen: string[] = [];
    for (let i = 0; i < focusable; i += 1) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return {
          key: `${el.tagName}:${el.getAttribute('href') ?? el.getAttribute('name') ?? el.textContent}:${[...document.querySelectorAll('a[href], button, input')].indexOf(el)}`,
          outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        };
      });
      expect(focus.outline, focus.key).toBe(true);
      seen.push(focus.key);
    }
    const order = seen.map((key) => Number(key.split(':').at(-1)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(focusable);
    await close();
  });

  it('keeps everything readable with text at 200%, without sideways scrolling', async () => {
    for (const url of [PAGE_TYPES.home!, PAGE_TYPES.article!, PAGE_TYPES['search with results']!]) {
      const { page, close } = await openPage(browser, base(), url, { viewport: { width: 640, height: 900 } });
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, url).toBeLessThanOrEqual(0);
      await close();
    }
  });

  it('turns off smooth scrolling and transitions for readers who prefer reduced motion', async () => {
    const context = await browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${base()}/`);
    const style = await page.evaluate(() => {
      const link = getComputedStyle(document.querySelector('a')!);
      return {
        scroll: getComputedStyle(document.documentElement).scrollBehavior,
        transition: link.transitionDuration,
      };
    });
    expect(style).toEqual({ scroll: 'auto', transition: '0s' });
    await context.close();
  });
});

describe('Nu HTML Checker', () => {
  const dir = path.join(ROOT, 'tests/.tmp/vnu');
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds no errors in the served HTML of any page type', async () => {
    await mkdir(dir, { recursive: true });
    const files = await Promise.all(
      Object.entries(PAGE_TYPES).map(async ([name, url]) => {
        const file = path.join(dir, `${name.replace(/\W+/g, '-')}.html`);
        await writeFile(file, await (await fetch(`${base()}${url}`)).text());
        return file;
      }),
    );
    const { stderr } = await promisify(execFile)(
      'java',
      ['-jar', VNU, '--format', 'json', '--exit-zero-always', ...files],
      { maxBuffer: 16 * 1024 * 1024 },
    );
    const messages = (
      JSON.parse(stderr) as {
        messages: { type: string; subType?: string; url: string; message: string; lastLine?: number }[];
      }
    ).messages;
    const errors = messages
      .filter((m) => m.type === 'error' || m.subType === 'fatal')
      .map((m) => `${path.basename(m.url)}:${m.lastLine}: ${m.message}`);
    expect(errors).toEqual([]);
  }, 120_000);
});
