import { describe, expect, it } from 'vitest';
import { listSitemapEntries, splitSitemap } from '@/lib/seo/sitemap-entries';
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
