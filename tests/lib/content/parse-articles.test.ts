import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '@/lib/bench/generate-archive';
import { type ParseMany, parseAndStore, parseArticles } from '@/lib/content/parse-articles';
import { createParseCache } from '@/lib/content/parse-cache';
import { createMemoryTreeStore } from '@/lib/content/tree-store';

const archive = generateArchive({ articles: 10, seed: 21 });
const context = {
  timeZone: 'Europe/London',
  authorIds: new Set(
    archive.files.filter((f) => f.path.startsWith('authors/')).map((f) => path.basename(f.path, '.yaml')),
  ),
  sectionSlugs: new Set(['news', 'business', 'sport', 'technology', 'science', 'culture']),
};
const articleFiles = archive.files.filter((f) => f.path.startsWith('articles/'));

describe('parseArticles', () => {
  it('reads a window of files at a time, and parses them as one pass would', async () => {
    const read: string[] = [];
    // Each text read when asked for, as load-content.ts's sources are.
    const sources = articleFiles.map((f) => ({
      path: f.path,
      get text() {
        read.push(f.path);
        return f.text;
      },
    }));
    const calls: { jobs: string[]; readBefore: number }[] = [];
    const store = createMemoryTreeStore();
    const parseMany: ParseMany = async (jobs, ctx) => {
      calls.push({ jobs: jobs.map((j) => j.file), readBefore: read.length });
      return parseAndStore(jobs, ctx, store);
    };
    const windowed = await parseArticles(sources, context, { store, parseMany, window: 4 });

    // Three windows (4, 4, 2); while one is parsed only the next is read, never the rest.
    expect(calls.map((c) => c.jobs.length)).toEqual([4, 4, 2]);
    expect(calls.map((c) => c.readBefore)).toEqual([4, 8, 10]);
    const whole = await parseArticles(articleFiles, context, { store: createMemoryTreeStore() });
    expect(windowed).toEqual(whole);
    expect(windowed.articles).toHaveLength(10);
  });

  it('takes cached files from the cache and parses only the rest, window by window', async () => {
    const store = createMemoryTreeStore();
    const cache = createParseCache(new Map());
    await parseArticles(articleFiles.slice(0, 5), context, { store, cache });
    const warm = createParseCache(cache.entries());
    const parsed: string[][] = [];
    const parseMany: ParseMany = async (jobs, ctx) => {
      parsed.push(jobs.map((j) => j.file));
      return parseAndStore(jobs, ctx, store);
    };
    const result = await parseArticles(articleFiles, context, { store, cache: warm, parseMany, window: 4 });

    expect(result.stats).toEqual({ parsed: 5, reused: 5 });
    expect(parsed).toEqual([[], [articleFiles[5]!.path, articleFiles[6]!.path, articleFiles[7]!.path], [articleFiles[8]!.path, articleFiles[9]!.path]]);
    expect(result.articles.map((p) => p.article.file).sort()).toEqual(articleFiles.map((f) => f.path).sort());
  });
});
