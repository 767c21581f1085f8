import { describe, expect, it } from 'vitest';
import { isStorableResponse } from '@/lib/server/is-storable-response.mjs';

const page = {
  'cache-control': 's-maxage=60, stale-while-revalidate=31535940',
  vary: 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
};

describe('isStorableResponse', () => {
  it('keeps an ISR page and a public file', () => {
    expect(isStorableResponse(200, page)).toBe(true);
    expect(isStorableResponse(200, { 'cache-control': 'public, max-age=0, must-revalidate' })).toBe(true);
  });

  it('keeps a 404 only when Next.js marks it shared-cacheable', () => {
    expect(isStorableResponse(404, page)).toBe(true);
    expect(
      isStorableResponse(404, {
        ...page,
        'cache-control': 'private, no-cache, no-store, max-age=0, must-revalidate',
      }),
    ).toBe(false);
  });

  it('keeps a removed story’s 410 page like an article', () => {
    expect(isStorableResponse(410, page)).toBe(true);
  });

  it('refuses other statuses, whatever their Cache-Control', () => {
    for (const status of [206, 301, 308, 500, 503])
      expect(isStorableResponse(status, page), String(status)).toBe(false);
  });

  it('refuses responses a shared cache may not keep', () => {
    for (const cacheControl of [
      undefined,
      'max-age=60',
      'private, s-maxage=60',
      'public, no-store',
      's-maxage=60, no-cache',
    ])
      expect(isStorableResponse(200, { 'cache-control': cacheControl }), cacheControl).toBe(false);
  });

  it('refuses a response that sets a cookie', () => {
    expect(isStorableResponse(200, { ...page, 'set-cookie': ['session=1'] })).toBe(false);
  });

  it('refuses a response that varies on a header the cache key does not hold', () => {
    expect(isStorableResponse(200, { ...page, vary: `${page.vary}, Cookie` })).toBe(false);
    expect(isStorableResponse(200, { ...page, vary: '*' })).toBe(false);
  });
});
