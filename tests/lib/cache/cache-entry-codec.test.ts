import { describe, expect, it } from 'vitest';
import { decodeEntry, encodeEntry } from '@/lib/cache/cache-entry-codec.mjs';

describe('encodeEntry / decodeEntry', () => {
  it('round-trips a page entry with its RSC Buffer and per-segment Map of Buffers', () => {
    const entry = {
      lastModified: 1_700_000_000_000,
      cacheControl: { revalidate: 60, expire: 31_536_000 },
      value: {
        kind: 'APP_PAGE',
        html: '<h1>Fares frozen</h1>',
        rscData: Buffer.from([0, 1, 2, 255, 254]),
        headers: { 'x-next-cache-tags': '_N_T_/layout' },
        segmentData: new Map([
          ['/_tree', Buffer.from('tree')],
          ['/news/fares', Buffer.from([200, 201])],
        ]),
      },
    };
    const decoded = decodeEntry(encodeEntry(entry)) as typeof entry;
    expect(decoded).toEqual(entry);
    expect(Buffer.isBuffer(decoded.value.rscData)).toBe(true);
    expect(decoded.value.segmentData).toBeInstanceOf(Map);
    expect(decoded.value.segmentData.get('/news/fares')).toEqual(Buffer.from([200, 201]));
  });

  it('round-trips a route body given as a Uint8Array view into a larger buffer', () => {
    const backing = Buffer.from('xxBODYxx');
    const body = new Uint8Array(backing.buffer, backing.byteOffset + 2, 4);
    const decoded = decodeEntry(encodeEntry({ value: { kind: 'APP_ROUTE', body } })) as {
      value: { body: Buffer };
    };
    expect(decoded.value.body.toString()).toBe('BODY');
  });

  it('keeps plain values, nulls and arrays as they are', () => {
    const entry = { lastModified: 1, value: null, tags: ['a', 'b'], nested: { list: [1, 'two', null] } };
    expect(decodeEntry(encodeEntry(entry))).toEqual(entry);
  });
});
