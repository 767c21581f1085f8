import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_CHANGED_PATH, changedArticleOf, changedArticlePath } from '@/lib/cache/content-changed.mjs';
import {
  LIST_ROUTES,
  liveRevalidationTargets,
  revalidationTargets,
} from '@/lib/revalidate/revalidation-targets';

const APP = path.resolve(import.meta.dirname, '../../../app');

function indexOf(...articles: { section: string; slug: string }[]) {
  return { bySlug: new Map(articles.map((a) => [a.slug, a])) };
}

describe('revalidationTargets', () => {
  it('expires everything under the root layout for "all", and tells instances to reload content', () => {
    expect(revalidationTargets({ all: true }, [])).toEqual({
      targets: [{ path: '/', type: 'layout' }, { path: CONTENT_CHANGED_PATH }],
      unknownSlugs: [],
    });
  });

  it('expires a named article, its social card, and every list, feed and sitemap', () => {
    const { targets } = revalidationTargets({ slugs: ['fares'] }, [
      indexOf({ section: 'news', slug: 'fares' }),
    ]);
    expect(targets).toContainEqual({ path: '/news/fares' });
    expect(targets).toContainEqual({ path: '/news/fares/opengraph-image' });
    for (const route of LIST_ROUTES) expect(targets).toContainEqual(route);
    expect(targets.at(-1)).toEqual({ path: CONTENT_CHANGED_PATH });
  });

  it('expires an article where it was before the edit and where it is now', () => {
    const before = indexOf({ section: 'news', slug: 'fares' });
    const after = indexOf({ section: 'business', slug: 'fares' });
    const paths = revalidationTargets({ slugs: ['fares'] }, [before, after]).targets.map((t) => t.path);
    expect(paths).toContain('/news/fares');
    expect(paths).toContain('/business/fares');
  });

  it('expires a withdrawn article, and reports slugs found in neither index', () => {
    const before = indexOf({ section: 'news', slug: 'withdrawn' });
    const result = revalidationTargets({ slugs: ['withdrawn', 'never-existed'] }, [before, indexOf()]);
    expect(result.targets).toContainEqual({ path: '/news/withdrawn' });
    expect(result.unknownSlugs).toEqual(['never-existed']);
  });

  it('names every slug to the other instances, new ones too, so they stamp only those files', () => {
    const { targets } = revalidationTargets({ slugs: ['fares', 'brand-new', 'ćwiczenia-日本'] }, [
      indexOf({ section: 'news', slug: 'fares' }),
    ]);
    const named = targets.flatMap((t) => changedArticleOf(`_N_T_${t.path}`) ?? []);
    expect(named).toEqual(['fares', 'brand-new', 'ćwiczenia-日本']);
    expect(targets).toContainEqual({ path: changedArticlePath('brand-new') });
    expect(changedArticleOf('_N_T_/news/fares')).toBeUndefined();
  });

  it('names no slug at all when one would pass Next.js’s path limit, so the others stamp every file', () => {
    const long = '日'.repeat(150); // 1,350 characters once encoded
    const { targets } = revalidationTargets({ slugs: ['fares', long] }, [indexOf()]);
    expect(targets.filter((t) => changedArticleOf(`_N_T_${t.path}`) !== undefined)).toEqual([]);
    expect(targets.at(-1)).toEqual({ path: CONTENT_CHANGED_PATH });
  });

  it('never expires every article page while expiring the lists', () => {
    expect(LIST_ROUTES).not.toContainEqual(expect.objectContaining({ path: '/[section]', type: 'layout' }));
    expect(LIST_ROUTES).not.toContainEqual(expect.objectContaining({ path: '/', type: 'layout' }));
  });

  it('names only routes that exist in app/', () => {
    for (const route of LIST_ROUTES) {
      const folder = path.join(APP, route.path);
      const files = route.type === 'page' ? ['page.tsx'] : ['page.tsx', 'route.ts', 'sitemap.ts'];
      expect(
        files.some((file) => existsSync(path.join(folder, file))),
        `${route.path} has no ${files.join(' or ')}`,
      ).toBe(true);
    }
  });
});

describe('liveRevalidationTargets', () => {
  it('expires a live story’s pages and feeds of updates, and every list, but reloads no content', () => {
    const targets = liveRevalidationTargets([{ section: 'news', slug: 'storm-live' }]);
    expect(targets).toEqual([
      { path: '/_live/news/storm-live', type: 'layout' },
      { path: '/news/storm-live/feed.xml' },
      { path: '/news/storm-live/atom.xml' },
      { path: '/news/storm-live/feed.json' },
      ...LIST_ROUTES,
    ]);
    expect(targets).not.toContainEqual({ path: CONTENT_CHANGED_PATH });
    expect(existsSync(path.join(APP, '%5Flive/[section]/[slug]/page.tsx'))).toBe(true);
  });
});
