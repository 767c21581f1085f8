import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { generateArchive } from '@/lib/bench/generate-archive';
import { writeArchive } from '@/lib/bench/write-archive';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { openRelatedStore, relatedCacheFile, relatedCacheKey } from '@/lib/content/load-related-cache';

const archive = generateArchive({ articles: 30, seed: 21 });
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

let contentDir = '';
let cacheDir = '';
beforeEach(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'related-cache-content-'));
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'related-cache-'));
  dirs.push(contentDir, cacheDir);
  await writeArchive(contentDir, archive.files);
});

async function load(withCache: boolean) {
  const { result } = await loadContentIndex(contentDir, {
    cacheDir: withCache ? cacheDir : undefined,
    publicDir: path.resolve('public'),
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}

describe('the related-ranking cache', { timeout: 30_000 }, () => {
  it('serves a stored ranking only for the key it was stored under', async () => {
    const file = relatedCacheFile(cacheDir, contentDir);
    const ranking = new Map([
      ['a', [{ slug: 'b', score: 1, tags: 1, section: 0, text: 0, recency: 0, link: 0 }]],
    ]);
    const store = await openRelatedStore(file, 'key-1');
    expect(store.find()).toBeUndefined();
    store.keep(ranking);
    await store.save();
    expect((await openRelatedStore(file, 'key-1')).find()).toEqual(ranking);
    expect((await openRelatedStore(file, 'key-2')).find()).toBeUndefined();
  });

  it('names different content with different keys', () => {
    expect(relatedCacheKey(['a', 'b'], ['news'])).toBe(relatedCacheKey(['a', 'b'], ['news']));
    expect(relatedCacheKey(['a', 'b'], ['news'])).not.toBe(relatedCacheKey(['a', 'c'], ['news']));
    expect(relatedCacheKey(['a', 'b'], ['news'])).not.toBe(relatedCacheKey(['a', 'b'], ['news', 'sport']));
  });

  it('gives the same index from the stored ranking as from a fresh one, before and after an edit', async () => {
    await load(true);
    const file = relatedCacheFile(cacheDir, contentDir);
    const stored = await readFile(file);
    expect((await load(true)).related).toStrictEqual((await load(false)).related);
    expect(await readFile(file)).toEqual(stored);

    await appendFile(
      path.join(contentDir, archive.articles[20]!.path),
      '\nLeeds council cricket festival hydrogen telescope.\n',
    );
    const edited = await load(true);
    expect(await readFile(file)).not.toEqual(stored);
    expect(edited.related).toStrictEqual((await load(false)).related);
  });

  it('ignores a damaged ranking file', async () => {
    const fresh = await load(false);
    await load(true);
    const file = relatedCacheFile(cacheDir, contentDir);
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 10));
    expect((await load(true)).related).toStrictEqual(fresh.related);
  });
});
