import { describe, expect, it } from 'vitest';
import { listSitemapEntries, sitemapChunksFor, splitSitemap } from '@/lib/seo/sitemap-entries';
import { articlePath } from '@/lib/content/article-summary';
import { isVisible } from '@/lib/content/visibility';
import { loadFixtureIndex } from '../../support/load-fixture-index';

const reader = { now: new Date('2026-11-20T12:00:00Z'), preview: false };

describe('listSitemapEntries', () => {
  it('lists home, sections, topics, authors, archive months and every published article, with lastmod', async () => {
    const entries = listSitemapEntries(await loadFixtureIndex(), reader);
    const paths = entries.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/news',
        '/business',
        '/tags',
        '/tags/liverpool',
        '/authors/ada',
        '/archive',
        '/archive/2026/11',
        '/business/car-plant-liverpool',
        '/news/council-budget',
      ]),
    );
    expect(
      paths.filter(
        (p) =>
          p.split('/').length === 3 &&
          !p.startsWith('/tags') &&
          !p.startsWith('/authors') &&
          !p.startsWith('/archive'),
      ),
    ).toHaveLength(4);
    expect(new Set(paths).size).toBe(paths.length);
    expect(entries.find((e) => e.path === '/business/car-plant-liverpool')?.lastModified).toBe(
      '2026-11-10T00:00:00.000Z',
    );
    expect(entries.find((e) => e.path === '/')?.lastModified).toBe('2026-11-10T00:00:00.000Z');
  });

  it('leaves out drafts, scheduled articles, search and authors with nothing published', async () => {
    const index = await loadFixtureIndex();
    const paths = listSitemapEntries(index, reader).map((e) => e.path);
    expect(
      paths.some((p) => p.includes('draft-story') || p.includes('future-story') || p.startsWith('/search')),
    ).toBe(false);
    expect(paths).not.toContain('/authors/ben');
  });
});

describe('splitSitemap', () => {
  const entries = Array.from({ length: 120_001 }, (_, i) => ({
    path: `/news/story-${i}`,
    lastModified: '2026-11-20T12:00:00.000Z',
  }));

  it('splits at 50,000 URLs a file, keeping order', () => {
    const chunks = splitSitemap(entries, 'https://fixture.example');
    expect(chunks.map((c) => c.length)).toEqual([50_000, 50_000, 20_001]);
    expect(chunks[1]![0]!.path).toBe('/news/story-50000');
  });

  it('splits before a file would pass the byte limit', () => {
    const chunks = splitSitemap(entries.slice(0, 1000), 'https://fixture.example', 50_000, 20_000);
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.length * 110).toBeLessThan(20_000);
  });

  it('keeps a small archive in one file', () => {
    expect(splitSitemap(entries.slice(0, 10), 'https://fixture.example')).toHaveLength(1);
  });
});

describe('sitemapChunksFor', () => {
  it('makes the files once for an index, and again once a scheduled story is out', async () => {
    const index = await loadFixtureIndex();
    const newest = index.articles.find((a) => !a.draft && !a.removed)!;
    const path = `/${newest.section}/${newest.slug}`;
    const at = (ms: number) => ({ now: new Date(Date.parse(newest.date) + ms), preview: false });
    const paths = (chunks: { path: string }[][]) => chunks.flat().map((e) => e.path);

    const before = sitemapChunksFor(index, at(-60_000));
    expect(paths(before)).not.toContain(path);
    expect(sitemapChunksFor(index, at(-1))).toBe(before); // nothing came out: the same files
    const after = sitemapChunksFor(index, at(0));
    expect(after).not.toBe(before);
    expect(paths(after)).toContain(path);
    expect(sitemapChunksFor(index, at(86_400_000))).toBe(after);
    expect(after).toEqual([listSitemapEntries(index, at(0))]);
  });

  it('makes a preview afresh each time, drafts and all', async () => {
    const index = await loadFixtureIndex();
    const editor = { now: reader.now, preview: true };
    const first = sitemapChunksFor(index, editor);
    expect(sitemapChunksFor(index, editor)).not.toBe(first);
    expect(first).toEqual(splitSitemap(listSitemapEntries(index, editor), index.site.url));
  });

  it('makes the files again when a live story has a new update', async () => {
    const index = await loadFixtureIndex();
    const story = index.articles.find((a) => isVisible(a, reader))!;
    story.type = 'live';
    let lastUpdated = '2026-11-19T09:00:00.000Z';
    // Only the desk's answer for the story's latest update is read.
    index.live = { coverage: () => ({ lastUpdated }) } as unknown as NonNullable<typeof index.live>;
    const lastmod = (chunks: { path: string; lastModified: string }[][]) =>
      chunks.flat().find((e) => e.path === articlePath(story))?.lastModified;

    const first = sitemapChunksFor(index, reader);
    expect(lastmod(first)).toBe(lastUpdated);
    expect(sitemapChunksFor(index, reader)).toBe(first);
    lastUpdated = '2026-11-20T11:00:00.000Z';
    const second = sitemapChunksFor(index, reader);
    expect(second).not.toBe(first);
    expect(lastmod(second)).toBe('2026-11-20T11:00:00.000Z');
  });
});
