import { describe, expect, it } from 'vitest';
import { isCacheableRequest, isRelayableRequest } from '@/lib/server/is-cacheable-request.mjs';

describe('isCacheableRequest', () => {
  it('answers GET and HEAD for pages, files and static scripts', () => {
    for (const url of [
      '/',
      '/news/a-story',
      '/search?q=rail',
      '/feed.xml',
      '/icon.png',
      '/_next/static/chunks/a.js',
    ])
      expect(isCacheableRequest('GET', url, {}), url).toBe(true);
    expect(isCacheableRequest('HEAD', '/', {})).toBe(true);
  });

  it('leaves other methods to Next.js', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', undefined])
      expect(isCacheableRequest(method, '/', {}), String(method)).toBe(false);
  });

  it('leaves API routes, images and other /_next/ paths to Next.js', () => {
    for (const url of [
      '/api/revalidate',
      '/api',
      '/api?x=1',
      '/_next/image?url=%2Fa.jpg&w=640&q=75',
      '/_next/data/x.json',
    ])
      expect(isCacheableRequest('GET', url, {}), url).toBe(false);
    expect(isCacheableRequest('GET', '/apiary', {})).toBe(true);
  });

  it('leaves a request in absolute form to Next.js', () => {
    expect(isCacheableRequest('GET', 'http://example.com/', {})).toBe(false);
  });

  it.each([
    'rsc',
    'next-router-state-tree',
    'next-router-prefetch',
    'next-router-segment-prefetch',
    'next-action',
    'next-url',
    'x-prerender-revalidate',
    'x-middleware-subrequest',
    'authorization',
    'range',
  ])('leaves a request with %s to Next.js', (header) => {
    expect(isCacheableRequest('GET', '/news', { [header]: '1' })).toBe(false);
  });

  it('leaves draft-mode and preview requests to Next.js, but not other cookies', () => {
    expect(isCacheableRequest('GET', '/', { cookie: '__prerender_bypass=abc' })).toBe(false);
    expect(isCacheableRequest('GET', '/', { cookie: 'theme=dark; __next_preview_data=x' })).toBe(false);
    expect(isCacheableRequest('GET', '/', { cookie: 'theme=dark; x__prerender_bypass=1' })).toBe(true);
  });
});

describe('isRelayableRequest', () => {
  it('takes GET and HEAD for pages whole, those the cache must not keep too', () => {
    for (const headers of [{}, { cookie: '__prerender_bypass=abc' }, { authorization: 'Basic x' }])
      expect(isRelayableRequest('GET', '/news/a-story', headers)).toBe(true);
    expect(isRelayableRequest('HEAD', '/search?q=rail', {})).toBe(true);
  });

  it('leaves navigation, actions, byte ranges, API routes, /_next/ and other methods to stream', () => {
    for (const header of ['rsc', 'next-router-state-tree', 'next-action', 'next-url', 'range'])
      expect(isRelayableRequest('GET', '/news', { [header]: '1' }), header).toBe(false);
    for (const url of [
      '/api/revalidate',
      '/_next/static/chunks/a.js',
      '/_next/image?url=%2Fa.jpg',
      'http://a/',
    ])
      expect(isRelayableRequest('GET', url, {}), url).toBe(false);
    expect(isRelayableRequest('POST', '/news', {})).toBe(false);
  });
});
