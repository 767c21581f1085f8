import { describe, expect, it } from 'vitest';
import type { ImportMap } from '@/lib/import/import-map';
import { type PlacementContext, placeStory } from '@/lib/import/place-story';
import type { SourcePost } from '@/lib/import/source-post';

const map: ImportMap = {
  categories: new Map([['News', 'news']]),
  sections: new Map(),
  tags: new Map(),
  authors: new Map(),
  pages: new Map([['about-us', 'about']]),
};
const context = (entries: PlacementContext['manifest']['entries'] = {}): PlacementContext => ({
  contentDir: 'content',
  map,
  sections: ['news', 'sport'],
  manifest: { version: 1, entries },
  taken: new Map([['rail-fares', 'content/articles/2020/rail-fares.md']]),
  links: new Map(),
});
const post = (over: Partial<SourcePost>): SourcePost => ({
  sourceId: 'wp:1',
  kind: 'article',
  title: 'Rail fares',
  slug: 'rail-fares',
  date: '2012-01-07T09:30:00Z',
  status: 'published',
  authors: [],
  categories: ['News'],
  tags: [],
  featured: false,
  aliases: [],
  body: { format: 'html', text: '', at: { file: 'x.xml', line: 3 } },
  assets: [],
  comments: 0,
  problems: [],
  at: { file: 'x.xml', line: 2 },
  ...over,
});

describe('placeStory', () => {
  it('gives a taken slug -2 and says whose it was', () => {
    const placed = placeStory(post({}), context());
    expect(placed).toMatchObject({
      relative: 'articles/2012/rail-fares-2.md',
      slug: 'rail-fares-2',
      section: 'news',
      address: '/news/rail-fares-2',
    });
    expect(placed.problems[0]).toMatchObject({
      code: 'duplicate-slug',
      line: 2,
      message:
        '"rail-fares" is already taken (content/articles/2020/rail-fares.md); this story is "rail-fares-2"',
    });
  });

  it('keeps the file an earlier import wrote, whatever the slug', () => {
    const placed = placeStory(post({}), context({ 'wp:1': { path: 'articles/2012/fares.md', sha: 'x' } }));
    expect(placed.relative).toBe('articles/2012/fares.md');
    expect(placed.problems).toEqual([]);
  });

  it('drops aliases that would be its own address or a page of this site, and records the rest for links', () => {
    const ctx = context();
    const placed = placeStory(
      post({
        slug: 'new-fares',
        aliases: ['/2012/01/07/new-fares/', 'new-fares', '/news/', '/about/', '/?p=1'],
      }),
      ctx,
    );
    expect(placed.aliases).toEqual(['/2012/01/07/new-fares/', '/?p=1']);
    expect(placed.problems.map((p) => p.code)).toEqual(['alias-shadows-page', 'alias-shadows-page']);
    expect([...ctx.links]).toEqual([
      ['/2012/01/07/new-fares', '/news/new-fares'],
      ['/?p=1', '/news/new-fares'],
    ]);
  });

  it('files a story under the first category that maps, and a page under its mapped name', () => {
    expect(placeStory(post({ slug: 'x', categories: ['Unknown', 'News'] }), context()).section).toBe('news');
    expect(placeStory(post({ slug: 'about-us', kind: 'page' }), context())).toMatchObject({
      relative: 'pages/about.md',
      address: '/about',
    });
  });
});
