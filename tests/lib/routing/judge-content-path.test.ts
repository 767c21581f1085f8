import { beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/content-index';
import { judgeContentPath } from '@/lib/routing/judge-content-path';
import { loadFixtureIndex } from '../../support/load-fixture-index';

let index: ContentIndex;
beforeAll(async () => {
  index = await loadFixtureIndex();
});
const reader = { now: new Date('2026-11-25T12:00:00Z'), preview: false };
const judge = (path: string) => judgeContentPath(path, index, reader);

describe('judgeContentPath', () => {
  it.each([
    '/news',
    '/business',
    '/tags/liverpool',
    '/authors/ada',
    '/archive/2026/11',
    '/business/opengraph-image',
  ])('knows %s exists', (path) => {
    expect(judge(path)).toBe('exists');
  });

  it.each([
    '/no-such-section',
    '/etc/passwd',
    '/news/no-such-story',
    '/tags/no-such-tag',
    '/authors/nobody',
    '/authors/constructor',
    '/archive/2026/13',
    '/archive/1999/01',
    '/page/2',
    '/page/0',
    '/page/1e3',
    '/news/page/2',
    '/tags/liverpool/page/99999999',
  ])('knows %s cannot exist', (path) => {
    expect(judge(path)).toBe('missing');
  });

  it.each([
    '/',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/sitemap.xml',
    '/robots.txt',
    '/manifest.webmanifest',
    '/news/feed.xml',
    '/authors/ada/feed.json',
    '/no-such-section/feed.xml',
    '/logo.png',
    '/authors/ada.png',
    '/images/x.jpg',
    '/search',
    '/tags',
    '/api/revalidate',
    '/_next/static/x.js',
    '/news/draft-story',
    '/news/future-story',
    '/news/council-budget',
    '/sitemaps/sitemap/0.xml',
  ])('leaves %s to the routes and files', (path) => {
    expect(judge(path)).toBe('not-content');
  });

  it('decodes percent-escapes before looking a segment up', () => {
    expect(judge('/tags/%6Civerpool')).toBe('exists');
  });
});
