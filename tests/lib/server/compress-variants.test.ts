import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compressVariants } from '@/lib/server/compress-variants.mjs';

const html = Buffer.from(`<!doctype html><main>${'<p>A paragraph of the story.</p>'.repeat(200)}</main>`);

describe('compressVariants', () => {
  it('makes gzip and brotli versions of a page that decode to the page', async () => {
    const { gzip, br } = await compressVariants(html, 'text/html; charset=utf-8');
    expect(gunzipSync(gzip!).equals(html)).toBe(true);
    expect(brotliDecompressSync(br!).equals(html)).toBe(true);
    expect(br!.length).toBeLessThan(html.length / 4);
  });

  it('compresses feeds, JSON, scripts and SVG', async () => {
    for (const type of [
      'application/rss+xml; charset=utf-8',
      'application/feed+json',
      'application/manifest+json',
      'application/javascript; charset=UTF-8',
      'image/svg+xml',
      'text/plain',
    ])
      expect(Object.keys(await compressVariants(html, type)), type).toEqual(['gzip', 'br']);
  });

  it('leaves images, unknown types and small bodies alone', async () => {
    expect(await compressVariants(html, 'image/png')).toEqual({});
    expect(await compressVariants(html, undefined)).toEqual({});
    expect(await compressVariants(Buffer.from('<p>short</p>'), 'text/html')).toEqual({});
  });

  it('keeps no variant larger than the body', async () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251));
    const variants = await compressVariants(noise, 'text/plain');
    for (const body of Object.values(variants)) expect(body.length).toBeLessThan(noise.length);
  });
});
