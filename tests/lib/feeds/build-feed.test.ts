import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/content-index';
import { visibleArticles } from '@/lib/content/queries';
import { buildFeed, feedPath } from '@/lib/feeds/build-feed';
import { loadFixtureIndex } from '../../support/load-fixture-index';

const reader = { now: new Date('2026-11-20T12:00:00Z'), preview: false };
let index: ContentIndex;
beforeAll(async () => {
  index = await loadFixtureIndex();
  // A hostile title must stay text in every format.
  const first = index.bySlug.get('car-plant-liverpool')!;
  first.title = 'Carmaker </title><script>alert(1)</script> & "partners"';
});

const spec = () => ({
  title: 'Fixture Gazette',
  description: 'All the news',
  path: '/',
  articles: visibleArticles(index.articles, reader),
  bodies: new Map([
    ['car-plant-liverpool', '<p>Full <strong>body</strong></p>'],
    [
      'battery-factory-jobs',
      '<p><a href="/news/council-budget">Link</a> <a href="https://other.example/">out</a></p><figure><img src="/images/chart.png" alt="Chart"></figure>',
    ],
  ]),
});
const parser = new XMLParser({ ignoreAttributes: false });

describe('buildFeed', () => {
  it('writes RSS 2.0 items newest first with absolute links, full content, authors and categories', () => {
    const rss = parser.parse(buildFeed(index, spec(), 'rss')).rss.channel;
    expect(rss.link).toBe('https://fixture.example/');
    const items = [rss.item].flat();
    expect(items.map((i: { link: string }) => i.link)).toEqual([
      'https://fixture.example/business/car-plant-liverpool',
      'https://fixture.example/business/battery-factory-jobs',
      'https://fixture.example/news/liverpool-docks-regeneration',
      'https://fixture.example/news/council-budget',
    ]);
    // Escaped inside the CDATA, so a reader that treats the title as HTML still shows text.
    expect(items[0].title).toBe(
      'Carmaker &#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;partners&#34;',
    );
    expect(items[0]['content:encoded']).toContain('<strong>body</strong>');
    expect([items[0].category].flat().map((c: { '#text': string }) => c['#text'])).toEqual([
      'liverpool',
      'manufacturing',
      'jobs',
    ]);
    // Names go in dc:creator: RSS 2.0's <author> may only hold an e-mail address.
    expect(items[0]['dc:creator']).toBe('Ada Byline');
    expect(items.some((i: Record<string, unknown>) => 'author' in i)).toBe(false);
  });

  it('never lists drafts or scheduled articles', () => {
    for (const format of ['rss', 'atom', 'json'] as const) {
      const text = buildFeed(index, spec(), format);
      expect(text).not.toContain('draft-story');
      expect(text).not.toContain('future-story');
    }
  });

  it('writes Atom 1.0 with ids, updated times and authors', () => {
    const atom = parser.parse(buildFeed(index, spec(), 'atom')).feed;
    expect(atom['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const entry = [atom.entry].flat()[0];
    expect(entry.id).toBe('https://fixture.example/business/car-plant-liverpool');
    expect(entry.updated).toBe('2026-11-10T00:00:00.000Z');
    expect(entry.author.name).toBe('Ada Byline');
    // Atom declares its titles type="html": the text must arrive escaped.
    expect(entry.title['#text']).toBe(
      'Carmaker &#60;/title&#62;&#60;script&#62;alert(1)&#60;/script&#62; &#38; &#34;partners&#34;',
    );
    expect(entry.title['@_type']).toBe('html');
  });

  it('writes JSON Feed 1.1 with an authors list and language', () => {
    const json = JSON.parse(buildFeed(index, spec(), 'json'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.language).toBe('en-GB');
    expect(json.author).toBeUndefined();
    expect(json.items[0].authors).toEqual([
      { name: 'Ada Byline', url: 'https://fixture.example/authors/ada' },
    ]);
    expect(json.items[0].content_html).toBe('<p>Full <strong>body</strong></p>');
    expect(json.items[0].date_published).toBe('2026-11-10T00:00:00.000Z');
    expect(json.items[0].title).toBe('Carmaker </title><script>alert(1)</script> & "partners"');
  });

  it('makes site-relative links and images in bodies absolute, and leaves other hosts alone', () => {
    const json = JSON.parse(buildFeed(index, spec(), 'json'));
    const body = json.items.find((i: { url: string }) =>
      i.url.endsWith('/battery-factory-jobs'),
    ).content_html;
    expect(body).toContain('href="https://fixture.example/news/council-budget"');
    expect(body).toContain('src="https://fixture.example/images/chart.png"');
    expect(body).toContain('href="https://other.example/"');
  });

  it('keeps at most 50 items', () => {
    const many = Array.from({ length: 60 }, (_, i) => ({ ...index.articles[1]!, slug: `s${i}` }));
    const json = JSON.parse(buildFeed(index, { ...spec(), articles: many }, 'json'));
    expect(json.items).toHaveLength(50);
  });
});

describe('feedPath', () => {
  it('puts a list’s feeds under its own path', () => {
    expect(feedPath('/', 'rss')).toBe('/feed.xml');
    expect(feedPath('/business', 'atom')).toBe('/business/atom.xml');
    expect(feedPath('/authors/ada', 'json')).toBe('/authors/ada/feed.json');
  });
});
