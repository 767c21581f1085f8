import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '@/lib/content/article';
import { aliasKey } from '@/lib/content/aliases';
import { buildContentIndex } from '@/lib/content/build-content-index';
import type { ContentIndex } from '@/lib/content/content-index';
import { parseArticle } from '@/lib/content/parse-article';
import { createMemoryTreeStore } from '@/lib/content/tree-store';
import { routePath } from '@/lib/routing/route-path';
import { findRelated, visibleArticles } from '@/lib/content/queries';
import { followUps } from '@/lib/lists/follow-ups';
import { articleText, context } from '../../support/content-context';

const reader = { now: new Date('2026-11-20T12:00:00Z'), preview: false };

function parse(file: string, frontMatter: string[], body?: string) {
  return parseArticle(file, articleText(['author: ada', ...frontMatter], body), context);
}

function article(file: string, frontMatter: string[], body?: string): ParsedArticle {
  const result = parse(file, frontMatter, body);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.parsed!;
}

const build = (articles: ParsedArticle[]) =>
  buildContentIndex({
    site: { name: 'S', description: 'D', url: 'https://s.example', language: 'en', timeZone: 'Europe/London' },
    sections: [
      { slug: 'news', name: 'News', description: 'd', order: 1 },
      { slug: 'business', name: 'Business', description: 'd', order: 2 },
    ],
    authors: [],
    pages: [],
    problems: [],
    publicFiles: new Set(),
    articles,
    trees: createMemoryTreeStore(),
  });

function index(articles: ParsedArticle[]): ContentIndex {
  const { result } = build(articles);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const story = (slug: string, section: string, extra: string[] = [], body?: string) =>
  article(`content/articles/${slug}.md`, [`title: ${slug}`, 'date: 2026-11-10', `section: ${section}`, ...extra], body);

describe('aliasKey', () => {
  it('reads old slugs, old paths with or without a trailing slash or query, and whole URLs of the old site', () => {
    expect(aliasKey('council-tax-rise')).toBe('slug:council-tax-rise');
    expect(aliasKey('/2012/01/07/council-tax-rise/')).toBe('/2012/01/07/council-tax-rise');
    expect(aliasKey('/2012/01/07/council-tax-rise')).toBe('/2012/01/07/council-tax-rise');
    expect(aliasKey('/?p=123')).toBe('/?p=123');
    expect(aliasKey('https://old.example/2012/01/07/x/#comments')).toBe('/2012/01/07/x');
    expect(aliasKey('/news/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/')).toBe('/news/новости');
    expect(aliasKey('новости')).toBe('slug:новости');
  });

  it('says why a value cannot be an alias', () => {
    expect(aliasKey('two words')).toEqual({ why: expect.stringContaining('no slash') });
    expect(aliasKey('//cdn.example/x')).toEqual({ why: expect.stringContaining('two') });
    expect(aliasKey('/bad/%E0%A4%A')).toEqual({ why: 'a malformed percent-escape' });
  });

  it('reports an unreadable alias in the front matter with its field and line', () => {
    const result = parse('content/a.md', ['title: A', 'date: 2026-11-10', 'section: news', 'aliases: [fine, two words]']);
    expect(result.problems).toEqual([
      expect.objectContaining({ field: 'aliases[1]', code: 'invalid-field', line: 6 }),
    ]);
    expect(result.problems[0]?.message).toContain('"two words"');
  });
});

describe('routing an old address', () => {
  const site = index([
    story('renamed', 'business', ['aliases: [old-slug, /2012/01/07/old-path/, "/?p=123"]']),
    story('other', 'news'),
  ]);

  it('answers an old slug under any section, an old path and an old query with a 308 to the story', () => {
    const to = { kind: 'redirect', location: '/business/renamed', status: 308 };
    expect(routePath('/news/old-slug', site, reader)).toEqual(to);
    expect(routePath('/business/old-slug', site, reader)).toEqual(to);
    expect(routePath('/2012/01/07/old-path/', site, reader)).toEqual(to);
    expect(routePath('/2012/01/07/old-path', site, reader)).toEqual(to);
    expect(routePath('/', site, reader, '?p=123')).toEqual(to);
    expect(routePath('/', site, reader, '?p=124')).toMatchObject({ kind: 'list' });
    expect(routePath('/nowhere/old-slug', site, reader)).toEqual({ kind: 'missing' });
  });

  it('follows the story when it moves to another section', () => {
    const moved = index([story('renamed', 'news', ['aliases: [old-slug, /2012/01/07/old-path/]'])]);
    expect(routePath('/business/old-slug', moved, reader)).toMatchObject({ location: '/news/renamed' });
    expect(routePath('/2012/01/07/old-path', moved, reader)).toMatchObject({ location: '/news/renamed' });
  });

  it('leads nowhere while the story is a draft or scheduled', () => {
    const hidden = index([
      story('draft', 'news', ['draft: true', 'aliases: [old-draft]']),
      article('content/articles/later.md', ['title: Later', 'date: 2027-01-01', 'section: news', 'aliases: [old-later]']),
    ]);
    expect(routePath('/news/old-draft', hidden, reader)).toEqual({ kind: 'missing' });
    expect(routePath('/news/old-later', hidden, reader)).toEqual({ kind: 'missing' });
  });
});

describe('checking aliases', () => {
  it('refuses an alias two stories claim, naming both files', () => {
    const { result } = build([story('a', 'news', ['aliases: [shared]']), story('b', 'news', ['aliases: [shared]'])]);
    expect(result.ok ? [] : result.problems).toEqual([
      expect.objectContaining({ file: 'content/articles/b.md', field: 'aliases[0]', code: 'duplicate-alias', line: 6 }),
    ]);
    expect(result.ok ? '' : result.problems[0]?.message).toContain('content/articles/a.md');
  });

  it('refuses an alias that is the address of another story or page, and warns of one that is its own', () => {
    const { result, warnings } = build([
      story('a', 'news', ['aliases: [b, /news/b, /business, /news/a]']),
      story('b', 'news'),
    ]);
    expect(result.ok ? [] : result.problems.map((p) => [p.field, p.code])).toEqual([
      ['aliases[0]', 'alias-shadows-page'],
      ['aliases[1]', 'alias-shadows-page'],
      ['aliases[2]', 'alias-shadows-page'],
    ]);
    expect(warnings.map((w) => [w.field, w.code])).toEqual([['aliases[3]', 'redundant-alias']]);
  });
});

describe('a story taken down', () => {
  const removed = [
    'removed:',
    '  date: 2026-11-15',
    '  reason: Removed on legal advice.',
  ];
  const site = index([
    story('taken-down', 'news', ['aliases: [old-taken-down]', ...removed]),
    story('kept', 'news', [], 'See [the story](/news/taken-down).'),
  ]);

  it('answers its address under any section, and its old addresses, as gone', () => {
    const gone = { kind: 'gone', article: expect.objectContaining({ slug: 'taken-down' }) };
    expect(routePath('/news/taken-down', site, reader)).toEqual(gone);
    expect(routePath('/business/taken-down', site, reader)).toEqual(gone);
    expect(routePath('/news/old-taken-down', site, reader)).toEqual(gone);
    expect(routePath('/news/taken-down/opengraph-image', site, reader)).toEqual({ kind: 'missing' });
  });

  it('keeps the reason and the date of the removal', () => {
    expect(site.bySlug.get('taken-down')?.removed).toEqual({
      date: '2026-11-15T00:00:00.000Z',
      reason: 'Removed on legal advice.',
    });
  });

  it('is missing, not gone, when it was never out', () => {
    const never = index([story('never', 'news', ['draft: true', ...removed])]);
    expect(routePath('/news/never', never, reader)).toEqual({ kind: 'missing' });
  });

  it('warns of a story that links to it, without stopping the takedown', () => {
    const { result, warnings } = build([
      story('taken-down', 'news', removed),
      story('kept', 'news', [], 'See [the story](/news/taken-down).'),
    ]);
    expect(result.ok).toBe(true);
    expect(warnings).toEqual([
      expect.objectContaining({ file: 'content/articles/kept.md', code: 'links-to-removed' }),
    ]);
  });

  it('leaves every list: pinned or ranked related stories, follow-ups, a section, a tag', () => {
    const pinned = index([
      article('content/articles/earlier.md', [
        'title: Earlier',
        'date: 2026-11-01',
        'section: news',
        'tags: [bridges]',
        'related: [taken-down]',
      ]),
      article('content/articles/taken-down.md', [
        'title: Taken down',
        'date: 2026-11-10',
        'section: news',
        'tags: [bridges]',
        ...removed,
      ], 'After [the earlier story](/news/earlier).'),
    ]);
    const earlier = pinned.bySlug.get('earlier')!;
    expect(findRelated(pinned, earlier, reader).map((a) => a.slug)).toEqual([]);
    expect(followUps(pinned, earlier, reader)).toEqual([]);
    expect(visibleArticles(pinned.bySection.get('news'), reader).map((a) => a.slug)).toEqual(['earlier']);
    expect(visibleArticles(pinned.byTag.get('bridges'), { ...reader, preview: true }).map((a) => a.slug)).toEqual([
      'earlier',
    ]);
  });

  it('requires the date of the removal', () => {
    const result = parse('content/a.md', ['title: A', 'date: 2026-11-10', 'section: news', 'removed:', '  reason: x']);
    expect(result.problems.map((p) => [p.field, p.code])).toEqual([['removed.date', 'invalid-field']]);
  });
});
