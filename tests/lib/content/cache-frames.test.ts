import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCacheFrames, writeCacheFrames } from '@/lib/content/cache-file';
import { loadParseCache, saveParseCache } from '@/lib/content/load-parse-cache';
import { PARSE_CACHE_VERSION } from '@/lib/content/parse-cache';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'cache-frames-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function readAll(file: string) {
  const values: unknown[] = [];
  const complete = await readCacheFrames(file, (value) => values.push(value));
  return { complete, values };
}

describe('cache files written a frame at a time', () => {
  it('read back every value in order, and leave no temporary file', async () => {
    const file = path.join(dir, 'values.bin');
    const values = [1, 'two', [3, { four: new Uint8Array([4]) }], new Map([['five', 5]])];
    await writeCacheFrames(file, values);
    expect(await readAll(file)).toEqual({ complete: true, values });
    expect(await readdir(dir)).toEqual(['values.bin']);
  });

  it('read back an empty file of frames as complete', async () => {
    const file = path.join(dir, 'empty.bin');
    await writeCacheFrames(file, []);
    expect(await readAll(file)).toEqual({ complete: true, values: [] });
  });

  it('never serialise the whole cache at once: each value is asked for only as it is written', async () => {
    const file = path.join(dir, 'lazy.bin');
    const asked: number[] = [];
    function* values() {
      for (let i = 0; i < 3; i++) {
        asked.push(i);
        yield new Uint8Array(1024).fill(i);
      }
    }
    await writeCacheFrames(file, values());
    expect(asked).toEqual([0, 1, 2]);
    const { values: read } = await readAll(file);
    expect(read.map((v) => (v as Uint8Array)[0])).toEqual([0, 1, 2]);
  });

  it.each([
    ['a missing file', async () => undefined, 'missing.bin'],
    ['garbage', (file: string) => writeFile(file, 'not a cache file at all'), 'garbage.bin'],
    [
      'a file cut at the edge of a frame',
      async (file: string) => {
        const bytes = await readFile(file);
        await writeFile(file, bytes.subarray(0, bytes.length - 8)); // the closing frame gone
      },
      'cut-edge.bin',
    ],
    [
      'a file cut inside a frame',
      async (file: string) => {
        const bytes = await readFile(file);
        await writeFile(file, bytes.subarray(0, bytes.length - 20));
      },
      'cut-inside.bin',
    ],
    [
      'a changed byte',
      async (file: string) => {
        const bytes = await readFile(file);
        const at = bytes.length - 12;
        bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at);
        await writeFile(file, bytes);
      },
      'changed.bin',
    ],
    [
      'bytes after the closing frame',
      async (file: string) => {
        const bytes = await readFile(file);
        await writeFile(file, Buffer.concat([bytes, Buffer.from('more')]));
      },
      'trailing.bin',
    ],
  ])('report %s as incomplete, never throw', async (_, damage, name) => {
    const file = path.join(dir, name);
    if (name !== 'missing.bin') await writeCacheFrames(file, ['first', new Uint8Array(64).fill(7)]);
    await damage(file);
    expect((await readAll(file)).complete).toBe(false);
  });
});

describe('the parse cache file', () => {
  const entries = (n: number) =>
    new Map(Array.from({ length: n }, (_, i) => [`key-${i}`, new Uint8Array([i % 256, 1, 2])] as const));

  it('keeps every entry across many frames', async () => {
    const file = path.join(dir, 'parse.bin');
    const stored = entries(40_000); // three frames of entries
    await saveParseCache(file, stored);
    const loaded = await loadParseCache(file);
    expect(loaded.size).toBe(40_000);
    expect([...loaded]).toEqual([...stored]);
  });

  it('gives nothing for a file of another version, or one cut short', async () => {
    const outdated = path.join(dir, 'parse-outdated.bin');
    await writeCacheFrames(outdated, [PARSE_CACHE_VERSION - 1, [...entries(3)]]);
    expect((await loadParseCache(outdated)).size).toBe(0);

    const cut = path.join(dir, 'parse-cut.bin');
    await saveParseCache(cut, entries(40_000));
    const bytes = await readFile(cut);
    await writeFile(cut, bytes.subarray(0, bytes.length - 100));
    expect((await loadParseCache(cut)).size).toBe(0); // not the frames before the cut either
  });
});
