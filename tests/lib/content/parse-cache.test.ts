import { appendFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { generateArchive } from '@/lib/bench/generate-archive';
import { writeArchive } from '@/lib/bench/write-archive';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { indexAnswers } from '../../support/index-answers';
import { loadParseCache, parseCacheFile } from '@/lib/content/load-parse-cache';
import { parseArticle } from '@/lib/content/parse-article';
import { createParseCache } from '@/lib/content/parse-cache';

const archive = generateArchive({ articles: 12, seed: 11 });
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

let contentDir = '';
let cacheDir = '';
let parsed = 0;

beforeEach(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'parse-cache-content-'));
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'parse-cache-'));
  dirs.push(contentDir, cacheDir);
  await writeArchive(contentDir, archive.files);
  parsed = 0;
});

async function load() {
  const loaded = await loadContentIndex(contentDir, {
    cacheDir,
    publicDir: path.resolve('public'),
    snapshot: false,
  });
  parsed = loaded.stats.parsed;
  // The ranker and the tree store are functions, so indexes are compared by what they answer.
  return indexAnswers(loaded);
}

const fileOf = (i: number) => path.join(contentDir, archive.articles[i]!.path);

describe('the parse cache', { timeout: 30_000 }, () => {
  it('parses every article once, then none until one changes, then only that one', async () => {
    const cold = await load();
    expect(parsed).toBe(12);
    expect(cold.bodies.every((tree) => tree?.type === 'root')).toBe(true);
    const warm = await load();
    expect(parsed).toBe(0);
    expect(warm).toEqual(cold);

    await appendFile(fileOf(3), '\nA late paragraph about the council.\n');
    const edited = await load();
    expect(parsed).toBe(1);
    const slug = archive.articles[3]!.slug;
    expect(edited.bySlug.get(slug)!.wordCount).toBe(cold.bySlug.get(slug)!.wordCount + 6);
  });

  it('drops a deleted article from the index and from the cache file', async () => {
    await load();
    const before = (await loadParseCache(parseCacheFile(cacheDir, contentDir))).size;
    const newest = archive.articles[11]!; // nothing links to or pins the newest article
    await rm(fileOf(11));
    const index = await load();
    expect(parsed).toBe(0);
    expect(index.bySlug.has(newest.slug)).toBe(false);
    expect(index.articles).toHaveLength(11);
    expect((await loadParseCache(parseCacheFile(cacheDir, contentDir))).size).toBe(before - 1);
  });

  it.each([
    ['garbage', () => Buffer.from('not a cache file')],
    ['a truncated file', (bytes: Buffer) => bytes.subarray(0, bytes.length >> 1)],
    [
      'a changed byte',
      (bytes: Buffer) => Buffer.from(bytes.map((b, i) => (i === bytes.length - 100 ? b ^ 0xff : b))),
    ],
  ])('ignores a cache file holding %s and parses everything again', async (_, damage) => {
    const cold = await load();
    const file = parseCacheFile(cacheDir, contentDir);
    await writeFile(file, damage(await readFile(file)));
    expect(await load()).toEqual(cold);
    expect(parsed).toBe(12);
    expect(await load()).toEqual(cold);
    expect(parsed).toBe(0);
  });

  it('returns exactly what a fresh parse returns', async () => {
    const context = {
      timeZone: 'Europe/London',
      authorIds: new Set(
        archive.files.filter((f) => f.path.startsWith('authors/')).map((f) => path.basename(f.path, '.yaml')),
      ),
      sectionSlugs: new Set(['news', 'business', 'sport', 'technology', 'science', 'culture']),
    };
    const articles = archive.files.filter((f) => f.path.startsWith('articles/'));
    const first = createParseCache(new Map());
    for (const f of articles)
      first.store(first.keyOf(f.path, f.text, context), parseArticle(f.path, f.text, context));
    const second = createParseCache(first.entries());
    for (const f of articles) {
      const fresh = parseArticle(f.path, f.text, context);
      expect(second.lookup(second.keyOf(f.path, f.text, context), context)).toStrictEqual({
        parsed: fresh.parsed,
        warnings: fresh.warnings,
      });
    }
    expect(second.stats).toEqual({ hits: articles.length, misses: 0 });
  });

  it('parses a stored article again when its author no longer exists, so the problem is reported', async () => {
    await load();
    const text = await readFile(fileOf(5), 'utf8');
    const author = /^author: (?:\[)?([\w-]+)/m.exec(text)?.[1] ?? '';
    await rm(path.join(contentDir, 'authors', `${author}.yaml`));
    const { result } = await loadContentIndex(contentDir, { cacheDir, publicDir: path.resolve('public') });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toContain('unknown-author');
  });

  it('parses an article again when its stored body tree has gone, and keeps only the trees in use', async () => {
    const cold = await load();
    const trees = path.join(cacheDir, (await readdir(cacheDir)).find((f) => f.startsWith('trees-')) ?? '');
    const files = async () => (await readdir(trees, { recursive: true })).filter((f) => f.endsWith('.bin'));
    expect(await files()).toHaveLength(12);
    await rm(path.join(trees, (await files())[0]!));
    expect(await load()).toEqual(cold);
    expect(parsed).toBe(1);
    await appendFile(fileOf(2), '\nAn edit.\n');
    await load();
    expect(await files()).toHaveLength(12);
  });
});
