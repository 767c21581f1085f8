import { describe, expect, it } from 'vitest';
import { buildStoredResponse } from '@/lib/server/build-stored-response.mjs';

// As Node.js reads them: a flat list of names and values, duplicates kept.
const rawHeaders = [
  ['Content-Security-Policy', "default-src 'self'"],
  [
    'Vary',
    'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding',
  ],
  ['x-nextjs-prerender', '1'],
  ['x-nextjs-prerender', '1'],
  ['Cache-Control', 's-maxage=60, stale-while-revalidate=31535940'],
  ['ETag', '"abc"'],
  ['Content-Type', 'text/html; charset=utf-8'],
  ['Content-Length', '11'],
  ['Date', 'Fri, 27 Nov 2026 08:48:42 GMT'],
  ['Connection', 'keep-alive'],
  ['Keep-Alive', 'timeout=5'],
].flat();
const bodies = { identity: Buffer.from('hello world'), gzip: Buffer.from('gz'), br: Buffer.from('b') };

function header(list: string[], name: string): string[] {
  return list.filter((_, i) => i % 2 === 1 && list[i - 1]!.toLowerCase() === name.toLowerCase());
}

describe('buildStoredResponse', () => {
  const entry = buildStoredResponse({
    status: 200,
    rawHeaders,
    bodies,
    filledAt: 5,
    freshMs: 1000,
    staleLimitMs: 60_000,
  });

  it("keeps Next.js's headers, duplicates included, and drops the connection's and the date", () => {
    const head = entry.variants.identity.heads.HIT;
    expect(header(head, 'content-security-policy')).toEqual(["default-src 'self'"]);
    expect(header(head, 'x-nextjs-prerender')).toEqual(['1', '1']);
    expect(header(head, 'cache-control')).toEqual(['s-maxage=60, stale-while-revalidate=31535940']);
    for (const name of ['date', 'connection', 'keep-alive', 'transfer-encoding'])
      expect(header(head, name), name).toEqual([]);
  });

  it("sends each variant's own length and encoding, and Next.js's Vary once", () => {
    for (const [encoding, body] of Object.entries(bodies)) {
      const head = entry.variants[encoding as keyof typeof bodies]!.heads.HIT;
      expect(header(head, 'content-length')).toEqual([String(body.length)]);
      expect(header(head, 'content-encoding')).toEqual(encoding === 'identity' ? [] : [encoding]);
      expect(header(head, 'vary')).toEqual([header(rawHeaders, 'vary')[0]]);
    }
  });

  it('marks each answer with its X-Cache state', () => {
    for (const state of ['HIT', 'STALE', 'MISS'] as const) {
      expect(header(entry.variants.br!.heads[state], 'x-cache')).toEqual([state]);
      expect(header(entry.variants.br!.notModifiedHeads[state], 'x-cache')).toEqual([state]);
    }
  });

  it('weakens the entity tag of compressed variants only', () => {
    expect(entry.variants.identity.etag).toBe('"abc"');
    expect(entry.variants.gzip!.etag).toBe('W/"abc"');
    expect(header(entry.variants.br!.heads.HIT, 'etag')).toEqual(['W/"abc"']);
  });

  it('sends no length or encoding with a 304', () => {
    const head = entry.variants.gzip!.notModifiedHeads.HIT;
    expect(header(head, 'content-length')).toEqual([]);
    expect(header(head, 'content-encoding')).toEqual([]);
    expect(header(head, 'etag')).toEqual(['W/"abc"']);
  });

  it('adds Accept-Encoding to Vary when Next.js did not send it but the body is compressed', () => {
    const svg = buildStoredResponse({
      status: 200,
      rawHeaders: ['Content-Type', 'image/svg+xml', 'vary', 'rsc'],
      bodies,
      filledAt: 0,
      freshMs: 1000,
      staleLimitMs: 1000,
    });
    expect(header(svg.variants.identity.heads.HIT, 'vary')).toEqual(['rsc, Accept-Encoding']);
    const png = buildStoredResponse({
      status: 200,
      rawHeaders: ['Content-Type', 'image/png'],
      bodies: { identity: bodies.identity },
      filledAt: 0,
      freshMs: 1000,
      staleLimitMs: 1000,
    });
    expect(header(png.variants.identity.heads.HIT, 'vary')).toEqual([]);
    expect(png.variants.br).toBeUndefined();
  });

  it('counts every body in its size', () => {
    expect(entry.size).toBeGreaterThanOrEqual(11 + 2 + 1);
    expect(entry).toMatchObject({ status: 200, filledAt: 5, freshMs: 1000, staleLimitMs: 60_000 });
  });
});
