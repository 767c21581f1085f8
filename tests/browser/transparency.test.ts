import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/content-index';
import { STANDING_PAGES } from '@/lib/content/standing-pages';
import { launchBrowser, openPage } from './support/browser';
import { loadSampleContent } from './support/sample-content';

let browser: Browser;
let index: ContentIndex;
beforeAll(async () => {
  browser = await launchBrowser();
  ({ index } = await loadSampleContent());
});
afterAll(() => browser.close());

const base = () => inject('baseUrl');
const get = async (url: string) => (await fetch(`${base()}${url}`)).text();
type Node = Record<string, unknown> & { '@type'?: string; '@graph'?: Node[] };
const jsonLdOf = (html: string): Node[] =>
  [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
    .map((m) => JSON.parse(m[1] ?? '') as Node)
    .flatMap((block) => block['@graph'] ?? [block]);

describe('transparency, read without JavaScript', () => {
  it('has every standing page, each linked from the footer of every page', async () => {
    const { page, close } = await openPage(browser, base(), '/news', { javaScript: false });
    const footer = page.getByRole('contentinfo');
    for (const standing of STANDING_PAGES) {
      await expect(
        footer.getByRole('link', { name: standing.name, exact: true }).getAttribute('href'),
      ).resolves.toBe(`/${standing.slug}`);
      const response = await fetch(`${base()}/${standing.slug}`);
      expect(response.status, standing.slug).toBe(200);
      expect(await response.text()).toMatch(/<h1[^>]*>[^<]+<\/h1>/);
    }
    await close();
  });

  it('lists every journalist with their role on the masthead, after what its file says', async () => {
    const { page, close } = await openPage(browser, base(), '/masthead', { javaScript: false });
    await expect(page.locator('.article-body').textContent()).resolves.toContain('Managing editor');
    const staff = await page.locator('.masthead-list li').allTextContents();
    expect(staff.toSorted()).toEqual(
      [...index.authors.values()].map((a) => `${a.name}, ${a.jobTitle ?? a.role}`).toSorted(),
    );
    await close();
  });

  it('describes the newsroom as a NewsMediaOrganization on the home and about pages, and every story points at it', async () => {
    for (const path of ['/', '/about']) {
      const org = jsonLdOf(await get(path)).find((n) => n['@type'] === 'NewsMediaOrganization');
      expect(org, path).toMatchObject({
        '@id': `${index.site.url}/#organization`,
        name: index.site.name,
        logo: { url: `${index.site.url}/logo.png` },
        sameAs: index.site.sameAs,
        publishingPrinciples: `${index.site.url}/ethics-policy`,
        correctionsPolicy: `${index.site.url}/corrections-policy`,
        ethicsPolicy: `${index.site.url}/ethics-policy`,
        masthead: `${index.site.url}/masthead`,
        ownershipFundingInfo: `${index.site.url}/ownership-and-funding`,
        actionableFeedbackPolicy: `${index.site.url}/contact`,
        contactPoint: { '@type': 'ContactPoint', email: index.site.email },
      });
    }
    const story = jsonLdOf(await get('/business/carmaker-liverpool-european-research-headquarters')).find(
      (n) => typeof n['@type'] === 'string' && n['@type'].endsWith('NewsArticle'),
    );
    expect(story?.publisher).toMatchObject({ '@id': `${index.site.url}/#organization` });
  });

  it('shows a journalist’s expertise and profiles elsewhere, and says who they are in the byline', async () => {
    const { page, close } = await openPage(browser, base(), '/authors/priya-raman', { javaScript: false });
    await expect(page.locator('.author-expertise').textContent()).resolves.toMatch(/^Expertise: Energy/);
    await expect(page.locator('.author-links a[rel="me"]').getAttribute('href')).resolves.toBe(
      'https://social.example/@priyaraman',
    );
    await expect(page.locator('.author-links a[href^="mailto:"]').count()).resolves.toBe(1);
    const person = jsonLdOf(await page.content()).find((n) => n['@type'] === 'ProfilePage')?.mainEntity;
    expect(person).toMatchObject({
      sameAs: ['https://social.example/@priyaraman'],
      jobTitle: 'Science and environment correspondent',
      worksFor: { '@id': `${index.site.url}/#organization` },
    });
    await close();
    // Without an address in their file, none is shown.
    await expect(get('/authors/tom-reyes')).resolves.not.toContain('mailto:');

    const article = await openPage(
      browser,
      base(),
      '/business/carmaker-liverpool-european-research-headquarters',
      {
        javaScript: false,
      },
    );
    await expect(article.page.locator('.byline-authors').textContent()).resolves.toBe(
      'by Amara Okafor, Business correspondent',
    );
    await article.close();
  });
});
