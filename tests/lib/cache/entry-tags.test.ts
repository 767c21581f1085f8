import { describe, expect, it } from 'vitest';
import { entryTags, isInvalidated } from '@/lib/cache/entry-tags.mjs';

describe('entryTags', () => {
  it('reads the implicit path tags Next.js stores in a page or route entry', () => {
    const page = {
      kind: 'APP_PAGE',
      headers: { 'x-next-cache-tags': '_N_T_/layout,_N_T_/[section]/[slug]/page,_N_T_/news/fares' },
    };
    expect(entryTags(page)).toEqual(['_N_T_/layout', '_N_T_/[section]/[slug]/page', '_N_T_/news/fares']);
  });

  it("adds a fetch entry's own tags and the lookup's tags, once each", () => {
    expect(entryTags({ kind: 'FETCH', tags: ['articles', 'x'] }, ['x', '_N_T_/layout'])).toEqual([
      'x',
      '_N_T_/layout',
      'articles',
    ]);
  });

  it('has no tags for an empty entry', () => {
    expect(entryTags(null)).toEqual([]);
    expect(entryTags({ kind: 'REDIRECT', props: {} })).toEqual([]);
  });
});

describe('isInvalidated', () => {
  it('is true only when a tag was revalidated after the entry was written', () => {
    expect(isInvalidated(1_000, ['1001'])).toBe(true);
    expect(isInvalidated(1_000, [null, '999', '1000'])).toBe(false);
    expect(isInvalidated(1_000, [undefined, 5_000])).toBe(true);
    expect(isInvalidated(1_000, [])).toBe(false);
  });
});
