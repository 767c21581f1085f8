import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { imageSize } from 'image-size';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { schemaTypeOf } from '@/lib/content/article-types';
import { lastModifiedIn } from '@/lib/feeds/build-feed';
import { selectNewsArticles } from '@/lib/seo/news-sitemap';
import type { ContentIndex } from '@/lib/content/content-index';
import { launchBrowser, openPage } from './support/browser';
import { loadSampleContent } from './support/sample-content';

let browser: Browser;
let index: ContentIndex;
let published: ContentIndex['articles'];
const xml = new XMLParser({
  ignoreAttributes: false,
  isArray: (name) => ['url', 'sitemap', 'item', 'entry'].includes(name),
});

beforeAll(async () => {
  browser = await launchBrowser();
  ({ index, published } = await loadSampleContent());
});
afterAll(() => browser.close());

const base = () => inject('baseUrl');
const hidden = () => index.articles.filter((a) => !published.includes(a));
const meta = (page: Page, selector: string) => page.locator(selector).first().getAttribute('content');
const jsonLd = (page: Page) =>
  page
    .locator('script[type="application/ld+json"]')
    .evaluateAll((scripts) => scripts.map((s) => JSON.parse(s.textContent!)));

describe('page metadata', () => {
  const pages = () => {
    const article = published.find((a) => a.image)!;
    return [
      '/',
      `/${article.section}`,
      `/${article.section}/${article.slug}`,
      `/tags/${article.tags[0]!.slug}`,
      `/authors/${article.authors[0]}`,
      '/archive',
      '/tags',
      '/authors',
      '/about',
      '/page/2',
    ];
  };

  it('gives every page type a unique title, a description, an absolute canonical URL and lang', async () => {
    const titles = new Set<string>();
    for (const url of pages()) {
      const { page, close } = await openPage(browser, base(), url, { javaScript: false });
      const title = await page.title();
      expect(title, url).toContain(index.site.name);
      titles.add(title);
      expect(((await meta(page, 'meta[name="description"]')) ?? '').length, url).toBeGreaterThan(20);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href'), url).toBe(
        url === '/' ? index.site.url : `${index.site.url}${url}`,
      );
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(index.site.language);
      await expect(
        page.locator('link[rel="alternate"][type="application/rss+xml"]').count(),
        url,
      ).resolves.toBeGreaterThan(0);
      await close();
    }
    expect(titles.size).toBe(pages().length);
  });

  it('gives an article OpenGraph article tags, a large Twitter card and a 1200×630 social card', async () => {
    const article = published.find((a) => a.image && a.updated && a.tags.length > 1)!;
    const { page, close } = await openPage(browser, base(), `/${article.section}/${article.slug}`, {
      javaScript: false,
    });
    await expect(meta(page, 'meta[property="og:type"]')).resolves.toBe('article');
    await expect(meta(page, 'meta[property="og:title"]')).resolves.toBe(article.title);
    await expect(meta(page, 'meta[property="og:url"]')).resolves.toBe(
      `${index.site.url}/${article.section}/${article.slug}`,
    );
    await expect(meta(page, 'meta[property="article:published_time"]')).resolves.toMatch(/^\d{4}-\d\d-\d\dT/);
    await expect(meta(page, 'meta[property="article:modified_time"]')).resolves.toMatch(/^\d{4}-\d\d-\d\dT/);
    await expect(meta(page, 'meta[property="article:section"]')).resolves.toBe(
      index.sections.find((s) => s.slug === article.section)!.name,
    );
    await expect(page.locator('meta[property="article:tag"]').count()).resolves.toBe(article.tags.length);
    await expect(page.locator('meta[property="article:author"]').count()).resolves.toBe(
      article.authors.length,
    );
    await expect(meta(page, 'meta[name="twitter:card"]')).resolves.toBe('summary_large_image');
    const image = (await meta(page, 'meta[property="og:image"]'))!;
    expect(image.startsWith(index.site.url)).toBe(true);
    await close();

    const card = await fetch(`${base()}/${article.section}/opengraph-image`);
    expect(card.status).toBe(200);
    expect(card.headers.get('content-type')).toBe('image/png');
    expect(imageSize(new Uint8Array(await card.arrayBuffer()))).toMatchObject({ width: 1200, height: 630 });
  });

  it('writes NewsArticle and a BreadcrumbList that matches the visible breadcrumb', async () => {
    const article = published.find((a) => a.image)!;
    const { page, close } = await openPage(browser, base(), `/${article.section}/${article.slug}`, {
      javaScript: false,
    });
    const graph = (await jsonLd(page)).flatMap((block) => block['@graph'] ?? [block]);
    const news = graph.find((node) => node['@type'] === schemaTypeOf(article.type));
    expect(news).toMatchObject({
      headline: article.title,
      mainEntityOfPage: { '@id': `${index.site.url}/${article.section}/${article.slug}` },
      publisher: { '@type': 'NewsMediaOrganization', '@id': `${index.site.url}/#organization` },
    });
    expect(news.author[0]).toMatchObject({
      '@type': 'Person',
      url: `${index.site.url}/authors/${article.authors[0]}`,
    });
    expect(news.headline.length).toBeLessThanOrEqual(110);
    expect(news.image[0]).toMatch(/^https?:\/\//);
    const crumbs = graph.find((node) => node['@type'] === 'BreadcrumbList');
    const visible = await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .locator('li')
      .allTextContents();
    expect(crumbs.itemListElement.map((item: { name: string }) => item.name)).toEqual(
      visible.map((text) => text.replace(/^\s*»\s*|\s*»\s*$/g, '').trim()),
    );
    await close();
  });
});

describe('sitemaps and robots', () => {
  it('names both sitemaps in robots.txt and keeps search out', async () => {
    const robots = await (await fetch(`${base()}/robots.txt`)).text();
    expect(robots).toContain(`Sitemap: ${index.site.url}/sitemap.xml`);
    expect(robots).toContain(`Sitemap: ${index.site.url}/news-sitemap.xml`);
    expect(robots).toMatch(/Disallow: \/search/);
  });

  it('lists every published article, section, tag and author in the sitemaps under the index, and nothing hidden', async () => {
    const indexResponse = await fetch(`${base()}/sitemap.xml`);
    expect(indexResponse.headers.get('content-type')).toMatch(/xml/);
    const sitemaps = xml.parse(await indexResponse.text()).sitemapindex.sitemap as { loc: string }[];
    expect(sitemaps.length).toBeGreaterThan(0);
    const urls: { loc: string; lastmod?: string }[] = [];
    for (const { loc } of sitemaps) {
      const child = await fetch(`${base()}${new URL(loc).pathname}`);
      expect(child.status, loc).toBe(200);
      urls.push(...xml.parse(await child.text()).urlset.url);
    }
    const locs = new Set(urls.map((u) => u.loc));
    for (const a of published)
      expect(locs.has(`${index.site.url}/${a.section}/${a.slug}`), a.slug).toBe(true);
    for (const s of index.sections) expect(locs.has(`${index.site.url}/${s.slug}`)).toBe(true);
    for (const id of index.authors.keys()) expect(locs.has(`${index.site.url}/authors/${id}`)).toBe(true);
    expect(locs.has(`${index.site.url}/archive`)).toBe(true);
    for (const a of hidden())
      expect(
        [...locs].some((loc) => loc.endsWith(`/${a.slug}`)),
        a.slug,
      ).toBe(false);
    expect([...locs].some((loc) => loc.includes('/search'))).toBe(false);
    const answers = await Promise.all(
      [...locs].map(
        async (loc) =>
          [loc, (await fetch(`${base()}${new URL(loc).pathname}`, { redirect: 'manual' })).status] as const,
      ),
    );
    expect(answers.filter(([, status]) => status !== 200)).toEqual([]);
    const first = published.find((a) => a.type !== 'live')!;
    const entry = urls.find((u) => u.loc.endsWith(`/${first.slug}`))!;
    expect(Date.parse(entry.lastmod!)).toBe(Date.parse(first.updated ?? first.date));
    // A live story is dated by its latest update, after it started.
    const live = published.find((a) => a.type === 'live')!;
    const liveEntry = urls.find((u) => u.loc.endsWith(`/${live.slug}`))!;
    expect(Date.parse(liveEntry.lastmod!)).toBeGreaterThan(Date.parse(live.date));
  });

  it('holds only the last 48 hours of articles in the Google News sitemap', async () => {
    const response = await fetch(`${base()}/news-sitemap.xml`);
    expect(response.headers.get('content-type')).toMatch(/xml/);
    const text = await response.text();
    expect(text).toContain('xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"');
    const urls = (xml.parse(text).urlset.url ?? []) as {
      loc: string;
      'news:news'?: { 'news:publication_date': string };
    }[];
    // Stories of the last 48 hours and live ones updated in them, as the sitemap was at some moment
    // between the build (which may have cached it, minutes ago) and now: stories leave it as time passes.
    const modified = (a: (typeof published)[number]) => lastModifiedIn(index, a);
    const newsAt = (ms: number) =>
      selectNewsArticles(published, new Date(ms), modified).map((a) => `${index.site.url}/${a.section}/${a.slug}`);
    const listed = urls.filter((u) => u['news:news']).map((u) => u.loc);
    const now = Date.now();
    for (const loc of newsAt(now)) expect(listed).toContain(loc);
    const earlier = newsAt(now - 30 * 60_000);
    for (const loc of listed) expect(earlier).toContain(loc);
    // On a day with no news, one plain entry keeps the file valid.
    if (listed.length === 0) expect(urls).toHaveLength(1);
  });
});

describe('feeds', () => {
  it.each([
    ['/feed.xml', 'application/rss+xml'],
    ['/atom.xml', 'application/atom+xml'],
    ['/feed.json', 'application/feed+json'],
  ])('serves %s as %s, newest first, with full content and nothing hidden', async (url, type) => {
    const response = await fetch(`${base()}${url}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain(type);
    expect(response.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const text = await response.text();
    const links =
      type === 'application/feed+json'
        ? (JSON.parse(text).items as { url: string }[]).map((i) => i.url)
        : type === 'application/rss+xml'
          ? (xml.parse(text).rss.channel.item as { link: string }[]).map((i) => i.link)
          : (
              xml.parse(text).feed.entry as {
                link: { '@_href': string; '@_rel'?: string } | { '@_href': string; '@_rel'?: string }[];
              }[]
            ).map((e) => [e.link].flat().find((l) => (l['@_rel'] ?? 'alternate') === 'alternate')!['@_href']);
    expect(links).toEqual(published.slice(0, 50).map((a) => `${index.site.url}/${a.section}/${a.slug}`));
    if (type !== 'application/feed+json') expect(XMLValidator.validate(text)).toBe(true);
    const answers = await Promise.all(
      links.map(async (link) => (await fetch(`${base()}${new URL(link).pathname}`)).status),
    );
    expect(answers.every((status) => status === 200)).toBe(true);
    for (const a of hidden()) expect(text).not.toContain(`/${a.slug}`);
    // Full sanitised HTML, not only the summary.
    expect(text).toMatch(
      type === 'application/feed+json' ? /"content_html":"<p>/ : /&lt;p&gt;|<!\[CDATA\[<p>/,
    );
  });

  it('serves per-section and per-author feeds and 404s for unknown ones', async () => {
    const section = published[0]!.section;
    const sectionFeed = xml.parse(await (await fetch(`${base()}/${section}/feed.xml`)).text());
    for (const item of sectionFeed.rss.channel.item as { link: string }[])
      expect(item.link).toContain(`/${section}/`);
    const author = published[0]!.authors[0]!;
    const authorFeed = JSON.parse(await (await fetch(`${base()}/authors/${author}/feed.json`)).text());
    expect(authorFeed.items.length).toBe(
      published.filter((a) => a.authors.includes(author)).slice(0, 50).length,
    );
    expect((await fetch(`${base()}/no-such-section/feed.xml`)).status).toBe(404);
    expect((await fetch(`${base()}/authors/nobody/atom.xml`)).status).toBe(404);
  });
});
