import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import { visibleArticles } from '@/lib/content/queries';
import { buildNewsSitemap, buildSitemapIndex, selectNewsArticles } from '@/lib/seo/news-sitemap';
import { loadFixtureIndex } from '../../support/load-fixture-index';
import { schemaErrors } from '../../support/validate-xml';
import { articlePath } from '@/lib/content/article-summary';

describe('the news sitemap', () => {
  it('holds only articles published in the 48 hours before now', async () => {
    const index = await loadFixtureIndex();
    const now = new Date('2026-11-11T12:00:00Z');
    const published = visibleArticles(index.articles, { now, preview: false });
    expect(selectNewsArticles(published, now).map((a) => a.slug)).toEqual(['car-plant-liverpool']);
    expect(selectNewsArticles(published, new Date('2026-11-12T01:00:00Z'))).toEqual([]);
  });

  it('never lists sponsored content, however new', async () => {
    const index = await loadFixtureIndex();
    const now = new Date('2026-11-11T12:00:00Z');
    const story = index.bySlug.get('car-plant-liverpool')!;
    expect(selectNewsArticles([story], now)).toHaveLength(1);
    expect(selectNewsArticles([{ ...story, type: 'sponsored' as const, sponsor: 'X' }], now)).toEqual([]);
  });

  it('keeps a live story updated in the last 48 hours, however long ago it started, with its last update', async () => {
    const index = await loadFixtureIndex();
    const now = new Date('2026-11-20T12:00:00Z');
    const story = { ...index.bySlug.get('council-budget')!, type: 'live' as const, live: { status: 'live' as const } };
    const lastUpdate = (a: Article) => (a.slug === story.slug ? '2026-11-20T11:00:00.000Z' : a.date);
    expect(selectNewsArticles([story], now, lastUpdate).map((a) => a.slug)).toEqual(['council-budget']);
    expect(selectNewsArticles([{ ...story, type: 'news' as const }], now, lastUpdate)).toEqual([]);
    const doc = new XMLParser().parse(buildNewsSitemap(index.site, [story], lastUpdate)).urlset;
    expect(doc.url.lastmod).toBe('2026-11-20T11:00:00+00:00');
  });

  it('writes the news: namespace with publication, language, date and an escaped title', async () => {
    const index = await loadFixtureIndex();
    const article = { ...index.bySlug.get('car-plant-liverpool')!, title: 'Cars & <jobs>' };
    const xml = buildNewsSitemap(index.site, [article]);
    const doc = new XMLParser({ ignoreAttributes: false }).parse(xml).urlset;
    expect(doc['@_xmlns:news']).toBe('http://www.google.com/schemas/sitemap-news/0.9');
    expect(doc.url.loc).toBe('https://fixture.example/business/car-plant-liverpool');
    expect(doc.url['news:news']).toEqual({
      'news:publication': { 'news:name': 'Fixture Gazette', 'news:language': 'en' },
      'news:publication_date': '2026-11-10T00:00:00+00:00',
      'news:title': 'Cars & <jobs>',
    });
    expect(xml).toContain('Cars &amp; &lt;jobs&gt;');
  });
});

it('writes a sitemap index of the sitemap files', () => {
  const xml = buildSitemapIndex([
    { url: 'https://fixture.example/sitemaps/sitemap/0.xml', lastModified: '2026-11-10T00:00:00.000Z' },
  ]);
  const doc = new XMLParser().parse(xml).sitemapindex;
  expect(doc.sitemap).toEqual({
    loc: 'https://fixture.example/sitemaps/sitemap/0.xml',
    lastmod: '2026-11-10T00:00:00.000Z',
  });
});

describe('the news sitemap against the sitemaps.org schema', () => {
  it('is valid on a busy day, with its news: entries', async () => {
    const index = await loadFixtureIndex();
    const now = new Date('2026-11-11T12:00:00Z');
    const published = visibleArticles(index.articles, { now, preview: false });
    const xml = buildNewsSitemap(index.site, selectNewsArticles(published, now), undefined, published[0]);
    expect(xml).toContain('<news:news>');
    expect(schemaErrors(xml, 'news-sitemap')).toEqual([]);
  });

  it('is valid on a day with no story in 48 hours: the newest story, as a plain entry', async () => {
    const index = await loadFixtureIndex();
    const now = new Date('2027-03-01T12:00:00Z');
    const published = visibleArticles(index.articles, { now, preview: false });
    const xml = buildNewsSitemap(index.site, selectNewsArticles(published, now), undefined, published[0]);
    expect(xml).not.toContain('<news:news>');
    expect(new XMLParser().parse(xml).urlset.url.loc).toBe(`https://fixture.example${articlePath(published[0]!)}`);
    expect(schemaErrors(xml, 'news-sitemap')).toEqual([]);
  });

  it('is valid with no story at all: the home page', async () => {
    const index = await loadFixtureIndex();
    const xml = buildNewsSitemap(index.site, []);
    expect(new XMLParser().parse(xml).urlset.url.loc).toBe('https://fixture.example/');
    expect(schemaErrors(xml, 'news-sitemap')).toEqual([]);
  });

  it('an empty <urlset> is what the schema refuses (the validator can fail)', () => {
    const empty = '<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>';
    expect(schemaErrors(empty, 'news-sitemap').join('\n')).toMatch(/Missing child element/);
  });
});
