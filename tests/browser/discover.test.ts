import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';

// A story with a photo, and one without.
const PICTURED = '/news/transpennine-upgrade-weekend-closures';
const UNPICTURED = '/news/northern-rail-fares-freeze';

const base = () => inject('baseUrl');
const html = async (path: string) => (await fetch(`${base()}${path}`)).text();
const newsArticle = (page: string) =>
  [...page.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)]
    .map((m) => JSON.parse(m[1] ?? '') as { '@type': string; image?: string[] })
    .find((d) => /NewsArticle$/.test(d['@type']));
const meta = (page: string, key: string) =>
  new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(page)?.[1];

describe('Discover and Top stories', () => {
  it('lets every indexable page show a large image preview; search and missing pages stay noindex', async () => {
    for (const path of ['/', '/news', PICTURED, '/tags/rail', '/about'])
      expect(meta(await html(path), 'robots'), path).toBe('index, follow, max-image-preview:large');
    for (const path of ['/search?q=rail', '/no-such-page']) expect(meta(await html(path), 'robots'), path).toMatch(/^noindex/);
  });

  it('lists the photo cut to 16×9, 4×3 and 1×1, each 1,200 px wide and cached for a year', async () => {
    const images = newsArticle(await html(PICTURED))?.image ?? [];
    expect(images).toHaveLength(3);
    const sizes: string[] = [];
    for (const url of images) {
      const response = await fetch(new URL(new URL(url).pathname, base()));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/jpeg');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const { width, height } = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      sizes.push(`${width}x${height}`);
    }
    expect(sizes).toEqual(['1200x675', '1200x900', '1200x1200']);
  });

  it('shares the photo as a 1200×630 crop, and the headline card for a story without one', async () => {
    const pictured = await html(PICTURED);
    const og = meta(pictured, 'og:image') ?? '';
    expect(meta(pictured, 'twitter:image')).toBe(og);
    expect(meta(pictured, 'og:image:type')).toBe('image/jpeg');
    const crop = await fetch(new URL(new URL(og).pathname, base()));
    const { width, height } = await sharp(Buffer.from(await crop.arrayBuffer())).metadata();
    expect([width, height]).toEqual([1200, 630]);
    const unpictured = await html(UNPICTURED);
    expect(new URL(meta(unpictured, 'og:image') ?? '').pathname).toBe(`${UNPICTURED}/opengraph-image`);
    expect(newsArticle(unpictured)?.image?.map((u) => new URL(u).pathname)).toEqual([`${UNPICTURED}/opengraph-image`]);
  });

  it('answers an outdated or invented crop name with 404', async () => {
    for (const name of ['16x9-0000000000.jpg', '2x1.jpg', '..%2F..%2Fpackage.json'])
      expect((await fetch(`${base()}${PICTURED}/images/${name}`)).status, name).toBe(404);
    expect((await fetch(`${base()}${UNPICTURED}/images/16x9.jpg`)).status).toBe(404);
  });
});
