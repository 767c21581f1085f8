import { describe, expect, it } from 'vitest';
import { cacheKey, pathKey } from '@/lib/server/cache-key.mjs';

describe('cacheKey', () => {
  it('tells apart paths, queries, hosts and forwarded protocols', () => {
    const base = cacheKey('/news/a', { host: 'example.com' });
    const others = [
      cacheKey('/news/b', { host: 'example.com' }),
      cacheKey('/news/a?page=2', { host: 'example.com' }),
      cacheKey('/news/a', { host: 'www.example.com' }),
      cacheKey('/news/a', { host: 'example.com', 'x-forwarded-proto': 'https' }),
    ];
    expect(new Set([base, ...others]).size).toBe(5);
  });

  it('ignores headers that do not change the page', () => {
    expect(cacheKey('/', { host: 'h', 'accept-encoding': 'br', 'user-agent': 'x', cookie: 'a=1' })).toBe(
      cacheKey('/', { host: 'h' }),
    );
  });
});

describe('pathKey', () => {
  it('drops the query only', () => {
    expect(pathKey(cacheKey('/search?q=rail', { host: 'h' }))).toBe(cacheKey('/search', { host: 'h' }));
    expect(pathKey(cacheKey('/news', { host: 'h' }))).toBe(cacheKey('/news', { host: 'h' }));
  });
});
