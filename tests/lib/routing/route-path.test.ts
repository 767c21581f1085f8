import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/content-index';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { openLiveDesk } from '@/lib/live/open-live-desk';
import { type Route, routePath } from '@/lib/routing/route-path';
import { ROUTE_PATTERNS } from '@/lib/routing/route-table';
import { FIXTURE_CONTENT } from '../../support/load-fixture-index';

const reader = { now: new Date('2026-11-20T12:00:00Z'), preview: false };
const editor = { now: reader.now, preview: true };
const WORLD_TAGS = ['Περιεχόμενο', 'Новости', '新闻', 'أخبار', 'Café société', 'हिन्दी समाचार'];

let dir = '';
let index: ContentIndex;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'route-path-'));
  await cp(FIXTURE_CONTENT, dir, { recursive: true });
  await writeFile(
    path.join(dir, 'articles/world-tags.md'),
    `---\ntitle: Tags in every script\ndate: 2026-11-10\nauthor: ada\nsection: news\ntags: [${WORLD_TAGS.join(', ')}]\n---\n\nA story.\n`,
  );
  // A live story with 45 updates: the story's URL and one older page (page 1, the oldest twenty).
  await writeFile(
    path.join(dir, 'articles/storm-live.md'),
    `---\ntitle: Storm live\ndate: 2026-11-10T08:00\nauthor: ada\nsection: news\ntype: live\n---\n\nThe storm, as it happens.\n`,
  );
  await mkdir(path.join(dir, 'live/storm-live'), { recursive: true });
  for (let i = 0; i < 45; i++)
    await writeFile(
      path.join(dir, `live/storm-live/u${String(i).padStart(2, '0')}.md`),
      `---\ntime: 2026-11-10T09:${String(i).padStart(2, '0')}\n---\n\nUpdate ${i}.\n`,
    );
  for (const slug of ['contact', 'corrections-policy', 'ethics-policy', 'ownership-and-funding'])
    await writeFile(
      path.join(dir, `pages/${slug}.md`),
      `---\ntitle: ${slug}\ndescription: The ${slug} page.\n---\n\nText.\n`,
    );
  await writeFile(
    path.join(dir, 'series.yaml'),
    '- id: budget-thread\n  name: The budget\n  description: How the council set its budget.\n- id: empty\n  name: Empty\n  description: No parts yet.\n',
  );
  for (const [slug, day] of [
    ['budget-part-one', '02'],
    ['budget-part-two', '04'],
  ])
    await writeFile(
      path.join(dir, `articles/${slug}.md`),
      `---\ntitle: ${slug}\ndate: 2026-11-${day}T08:00\nauthor: ada\nsection: news\nseries: budget-thread\n---\n\nPart.\n`,
    );
  // Opinion of every kind, and an analysis, which is not opinion.
  for (const [slug, type, day] of [
    ['our-view-budget', 'editorial', '06'],
    ['letters-libraries', 'letter', '08'],
    ['trams-column', 'opinion', '03'],
    ['budget-analysis', 'analysis', '07'],
  ] as const)
    await writeFile(
      path.join(dir, `articles/${slug}.md`),
      `---\ntitle: ${slug}\ndate: 2026-11-${day}T08:00\nauthor: ben\nsection: news\ntype: ${type}\n---\n\nArgument.\n`,
    );
  const { result } = await loadContentIndex(dir, { publicDir: path.resolve('public') });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  index = { ...result.value, live: openLiveDesk(result.value, dir, { now: () => reader.now }) };
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const kind = (pathname: string, audience = reader): Route['kind'] =>
  routePath(pathname, index, audience).kind;

describe('routePath', () => {
  // A path of each route that exists in the fixture content: a route the router cannot resolve fails here.
  // Internal routes are reached by proxy.ts's rewrite only: asked for by their own path, they are missing.
  const EXAMPLES: Record<
    Exclude<(typeof ROUTE_PATTERNS)[number], `/_live/${string}` | `/_gone/${string}` | '/[section]/[slug]/images/[crop]'>,
    string
  > = {
    '/': '/',
    '/page/[page]': '/page/1',
    '/[section]': '/news',
    '/[section]/page/[page]': '/news/page/1',
    '/[section]/[slug]': '/news/council-budget',
    '/[section]/[slug]/opengraph-image': '/news/council-budget/opengraph-image',
    '/[section]/[slug]/page/[page]': '/news/storm-live/page/1',
    '/[section]/[slug]/feed.xml': '/news/storm-live/feed.xml',
    '/[section]/[slug]/atom.xml': '/news/storm-live/atom.xml',
    '/[section]/[slug]/feed.json': '/news/storm-live/feed.json',
    '/[section]/[slug]/updates/[update]': '/news/storm-live/updates/u44',
    '/[section]/opengraph-image': '/news/opengraph-image',
    '/[section]/feed.xml': '/news/feed.xml',
    '/[section]/atom.xml': '/news/atom.xml',
    '/[section]/feed.json': '/news/feed.json',
    '/opinion': '/opinion',
    '/opinion/page/[page]': '/opinion/page/1',
    '/opinion/feed.xml': '/opinion/feed.xml',
    '/opinion/atom.xml': '/opinion/atom.xml',
    '/opinion/feed.json': '/opinion/feed.json',
    '/corrections': '/corrections',
    '/corrections/page/[page]': '/corrections/page/1',
    '/corrections/feed.xml': '/corrections/feed.xml',
    '/corrections/atom.xml': '/corrections/atom.xml',
    '/corrections/feed.json': '/corrections/feed.json',
    '/series/[series]': '/series/budget-thread',
    '/tags': '/tags',
    '/tags/[tag]': '/tags/council',
    '/tags/[tag]/page/[page]': '/tags/council/page/1',
    '/tags/[tag]/feed.xml': '/tags/council/feed.xml',
    '/tags/[tag]/atom.xml': '/tags/council/atom.xml',
    '/tags/[tag]/feed.json': '/tags/council/feed.json',
    '/authors': '/authors',
    '/authors/[author]': '/authors/ada',
    '/authors/[author]/page/[page]': '/authors/ada/page/1',
    '/authors/[author]/feed.xml': '/authors/ada/feed.xml',
    '/authors/[author]/atom.xml': '/authors/ada/atom.xml',
    '/authors/[author]/feed.json': '/authors/ada/feed.json',
    '/archive': '/archive',
    '/archive/[year]/[month]': '/archive/2026/11',
    '/archive/[year]/[month]/page/[page]': '/archive/2026/11/page/1',
    '/search': '/search',
    '/share/mastodon': '/share/mastodon',
    '/embed/[provider]': '/embed/youtube',
    '/api/share/mastodon': '/api/share/mastodon',
    '/about': '/about',
    '/contact': '/contact',
    '/corrections-policy': '/corrections-policy',
    '/ethics-policy': '/ethics-policy',
    '/ownership-and-funding': '/ownership-and-funding',
    '/masthead': '/masthead',
    '/feed.xml': '/feed.xml',
    '/atom.xml': '/atom.xml',
    '/feed.json': '/feed.json',
    '/sitemap.xml': '/sitemap.xml',
    '/sitemaps/sitemap/[__metadata_id__]': '/sitemaps/sitemap/0.xml',
    '/news-sitemap.xml': '/news-sitemap.xml',
    '/robots.txt': '/robots.txt',
    '/manifest.webmanifest': '/manifest.webmanifest',
    '/icon.png': '/icon.png',
    '/apple-icon.png': '/apple-icon.png',
    '/api/revalidate': '/api/revalidate',
    '/api/revalidate/live': '/api/revalidate/live',
    '/api/dev/content-events': '/api/dev/content-events',
  };
  it.each(Object.entries(EXAMPLES))('resolves %s (%s)', (_, example) => {
    expect(kind(example)).not.toBe('missing');
  });

  it('serves a transparency page only when its file exists, and the masthead always', async () => {
    const without = { ...index, pages: new Map([...index.pages].filter(([slug]) => slug !== 'contact')) };
    expect(routePath('/contact', without, reader).kind).toBe('missing');
    expect(routePath('/masthead', { ...index, pages: new Map() }, reader).kind).toBe('page');
  });

  it('has a page for a series with parts, and none for an unknown or empty one', () => {
    expect(kind('/series/budget-thread')).toBe('page');
    expect(kind('/series/empty')).toBe('missing');
    expect(kind('/series/nothing')).toBe('missing');
  });

  it('has one page of corrections in the fixture, and no second', () => {
    expect(routePath('/corrections/page/1', index, reader)).toEqual({
      kind: 'redirect',
      location: '/corrections',
      status: 308,
    });
    expect(kind('/corrections/page/2')).toBe('missing');
    expect(kind('/corrections/page/x')).toBe('missing');
  });

  it('lists opinion, editorials and letters on /opinion, newest first, and nothing else', () => {
    const route = routePath('/opinion', index, reader);
    if (route.kind !== 'list') throw new Error(`expected a list, found ${route.kind}`);
    const slugs = route.list.articles.map((a) => a.slug);
    expect(slugs.toSorted()).toEqual(['letters-libraries', 'our-view-budget', 'trams-column']);
    expect(route.list.articles.map((a) => a.date)).toEqual(
      route.list.articles
        .map((a) => a.date)
        .toSorted()
        .reverse(),
    );
    expect(routePath('/opinion/feed.xml', index, reader)).toMatchObject({ kind: 'feed', format: 'rss' });
    expect(kind('/opinion/page/2')).toBe('missing');
  });

  it('knows a live story’s pages, feeds and update links, and nothing more', () => {
    expect(kind('/_live/news/storm-live')).toBe('missing');
    expect(kind('/%5Flive/news/storm-live')).toBe('missing');
    // 45 updates: the story's URL shows the newest 25, page 1 the oldest 20; there is no page 2.
    expect(routePath('/news/storm-live/page/1', index, reader)).toMatchObject({ kind: 'article', page: 1 });
    expect(kind('/news/storm-live/page/2')).toBe('missing');
    expect(kind('/news/storm-live/page/0')).toBe('missing');
    expect(routePath('/news/storm-live/feed.json', index, reader)).toMatchObject({ format: 'json' });
    // Not a live story: none of its paths exist.
    for (const suffix of ['page/1', 'feed.xml', 'updates/u01'])
      expect(kind(`/news/council-budget/${suffix}`)).toBe('missing');
    expect(routePath('/news/storm-live/updates/u44', index, reader)).toEqual({
      kind: 'redirect',
      location: '/news/storm-live#update-u44',
      status: 302,
    });
    expect(routePath('/news/storm-live/updates/u05', index, reader)).toEqual({
      kind: 'redirect',
      location: '/news/storm-live/page/1#update-u05',
      status: 302,
    });
    expect(kind('/news/storm-live/updates/nothing')).toBe('missing');
  });

  it('says what each kind of path is', () => {
    expect(routePath('/news/council-budget', index, reader)).toMatchObject({
      kind: 'article',
      article: { slug: 'council-budget' },
    });
    expect(routePath('/news/page/2', index, reader).kind).toBe('missing');
    expect(routePath('/feed.xml', index, reader)).toMatchObject({
      kind: 'feed',
      format: 'rss',
      list: { basePath: '/' },
    });
    expect(routePath('/tags/liverpool', index, reader)).toMatchObject({
      kind: 'list',
      page: 1,
      list: { name: { type: 'tag' } },
    });
    expect(kind('/images/gp-waits-chart.png')).toBe('file');
    expect(kind('/logo.png')).toBe('file');
    expect(kind('/_next/static/chunks/x.js')).toBe('file');
  });

  it('sends page 1 of a list and a story under another section to their one address', () => {
    expect(routePath('/page/1', index, reader)).toEqual({ kind: 'redirect', location: '/', status: 308 });
    expect(routePath('/news/page/1', index, reader)).toEqual({
      kind: 'redirect',
      location: '/news',
      status: 308,
    });
    expect(routePath('/business/council-budget', index, reader)).toEqual({
      kind: 'redirect',
      location: '/news/council-budget',
      status: 308,
    });
    expect(routePath(`/tags/${encodeURIComponent('новости')}/page/1`, index, reader)).toEqual({
      kind: 'redirect',
      location: `/tags/${encodeURIComponent('новости')}`,
      status: 308,
    });
  });

  it.each([
    '/nope',
    '/news/ghost',
    '/nope/council-budget',
    '/tags/ghost',
    '/authors/ghost',
    '/authors/__proto__',
    '/archive/2026/13',
    '/archive/1999/01',
    '/page/0',
    '/page/02',
    '/page/2',
    '/2021/05/06/slug',
    '/news/council-budget/extra',
    '/sitemaps/sitemap/x.xml',
    '/ghost.png',
    '/news//council-budget',
  ])('calls %s missing', (pathname) => {
    expect(kind(pathname)).toBe('missing');
  });

  it('hides drafts and scheduled stories from readers, not from editors in preview', () => {
    expect(kind('/news/draft-story')).toBe('missing');
    expect(kind('/business/future-story')).toBe('missing');
    expect(kind('/business/future-story', editor)).toBe('article');
    expect(kind('/business/future-story', { now: new Date('2099-01-02'), preview: false })).toBe('article');
  });

  it('answers a page and a feed for a tag in any script, encoded or not', () => {
    for (const tag of index.articles.find((a) => a.slug === 'world-tags')!.tags) {
      expect(kind(`/tags/${encodeURIComponent(tag.slug)}`), tag.slug).toBe('list');
      expect(kind(`/tags/${tag.slug}`), tag.slug).toBe('list');
      expect(kind(`/tags/${encodeURIComponent(tag.slug)}/feed.xml`), tag.slug).toBe('feed');
    }
    expect(index.articles.find((a) => a.slug === 'world-tags')!.tags.map((t) => t.slug)).toEqual([
      'περιεχομενο',
      'новости',
      '新闻',
      'أخبار',
      'cafe-societe',
      'हिन्दी-समाचार',
    ]);
  });
});
