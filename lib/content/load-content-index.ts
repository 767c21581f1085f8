import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { buildContentIndex } from './build-content-index';
import { cacheFileFor } from './cache-file';
import { readIndexSnapshot, snapshotSignature, writeIndexSnapshot } from './index-snapshot';
import type { ContentIndex } from './content-index';
import { findContentWarnings } from './find-content-warnings';
import { loadContent } from './load-content';
import { loadParseCache, parseCacheFile, saveParseCache, treeStoreRoot } from './load-parse-cache';
import { checkAvatars, measureImages } from './measure-images';
import { type ParseMany, parseArticles } from './parse-articles';
import { createParseCache, parserFingerprint } from './parse-cache';
import { parseConfig } from './parse-content';
import type { ContentProblem, Result } from './problem';
import { createDiskTreeStore, createMemoryTreeStore, type TreeStore } from './tree-store';

export interface LoadedIndex {
  result: Result<ContentIndex>;
  warnings: ContentProblem[];
  /** With `skipBrokenArticles`: the problems of the articles left out of the index. */
  skipped: ContentProblem[];
  /** `snapshot`: the checked index was read whole, as stored by the last load of the same files. */
  stats: { parsed: number; reused: number; snapshot: boolean };
}

export interface LoadOptions {
  siteUrl?: string;
  /** Where image paths such as /images/x.jpg are found; ./public by default. */
  publicDir?: string;
  /**
   * Where parsed articles and their body trees are kept between runs (see parse-cache.ts and
   * tree-store.ts); unset, trees are held in memory and nothing is kept.
   */
  cacheDir?: string;
  /** Parses the files not in the cache elsewhere (the command-line tools' worker pool, parse-pool.ts). */
  createParseMany?: (treeRoot: string, parser: string) => ParseMany;
  /**
   * Leave articles with problems out and index the rest (for `next dev`, so one broken file does not
   * take the preview down). Problems in site, section or author files still fail the load.
   */
  skipBrokenArticles?: boolean;
  /**
   * Read and keep the checked index whole beside the parse cache (index-snapshot.ts); on unless set
   * to false, which the parse cache's own tests do to see every file go through it.
   */
  snapshot?: boolean;
}

/**
 * Reads, parses and cross-checks the content folder into a content index, or every problem found
 * (every stage of every file, sorted by file and line), with warnings about likely mistakes either way.
 */
export async function loadContentIndex(contentDir: string, options: LoadOptions = {}): Promise<LoadedIndex> {
  const { cacheDir } = options;
  const parser = parserFingerprint();
  const publicDir = options.publicDir ?? path.resolve('public');
  const treeRoot = cacheDir === undefined ? undefined : treeStoreRoot(cacheDir, contentDir);
  const store: TreeStore = treeRoot ? createDiskTreeStore(treeRoot, parser) : createMemoryTreeStore();
  // The preview leaves broken articles out, so what it loads is never kept as the checked index.
  const snapshot =
    cacheDir === undefined || options.skipBrokenArticles || options.snapshot === false
      ? undefined
      : {
          file: cacheFileFor(cacheDir, contentDir, 'index'),
          // Taken before anything is read: a file saved during the load makes the snapshot stale.
          signature: await snapshotSignature(contentDir, publicDir, options.siteUrl, parser),
        };
  const stored = snapshot && (await readIndexSnapshot(snapshot.file, snapshot.signature, store));
  if (stored)
    return {
      result: { ok: true, value: stored.index },
      warnings: stored.warnings,
      skipped: [],
      stats: { parsed: 0, reused: stored.index.articles.length, snapshot: true },
    };

  const sources = await loadContent(contentDir);
  const config = parseConfig(sources, options.siteUrl);
  const cacheFile = cacheDir === undefined ? undefined : parseCacheFile(cacheDir, contentDir);
  const cache = cacheFile ? createParseCache(await loadParseCache(cacheFile)) : undefined;
  const parseMany = treeRoot ? options.createParseMany?.(treeRoot, parser) : undefined;
  const parsed = await parseArticles(sources.articles, config.context, { cache, store, parseMany });
  if (cacheFile && cache?.isChanged()) {
    await saveParseCache(cacheFile, cache.entries());
    store.prune(new Set(parsed.articles.map((p) => p.article.bodyKey)));
  }

  const problems = [
    ...config.problems,
    ...parsed.problems,
    ...(await measureImages(parsed.articles, publicDir)),
    ...(await checkAvatars(
      config.authors,
      sources.authors.map((f) => f.path),
      publicDir,
    )),
  ];
  const valid = parsed.articles.filter((p) => !parsed.invalidFiles.has(p.article.file));
  const baseWarnings = [...config.warnings, ...parsed.warnings, ...findContentWarnings(valid)];
  const warnings: ContentProblem[] = [];
  const articleFiles = new Set(sources.articles.map((f) => f.path));
  const publicFiles = await listPublicFiles(publicDir);
  const build = (articles: typeof parsed.articles, found: ContentProblem[]) => {
    const built = buildContentIndex({ ...config, trees: store, publicFiles, problems: found, articles });
    warnings.push(...built.warnings);
    return built.result;
  };

  // Every article, valid or not, is checked against all the others, so one run reports everything.
  let result = build(parsed.articles, problems);
  const skipped: ContentProblem[] = [];
  // Leaving an article out can break another's links to it, so repeat until nothing more breaks.
  while (options.skipBrokenArticles && !result.ok && result.problems.every((p) => articleFiles.has(p.file))) {
    skipped.push(...result.problems);
    const broken = new Set(skipped.map((p) => p.file));
    warnings.length = 0;
    result = build(
      parsed.articles.filter((p) => !broken.has(p.article.file)),
      [],
    );
  }
  if (!result.ok) result = { ok: false, problems: sortProblems(result.problems) };
  const allWarnings = sortProblems([...baseWarnings, ...warnings]);
  if (snapshot && result.ok) await writeIndexSnapshot(snapshot.file, snapshot.signature, result.value, allWarnings);
  return {
    result,
    warnings: allWarnings,
    skipped: sortProblems(skipped),
    stats: { ...parsed.stats, snapshot: false },
  };
}

/** Every file under public/ as the site path it is served at (`/images/x.jpg`). */
async function listPublicFiles(publicDir: string): Promise<Set<string>> {
  const entries = await readdir(publicDir, { recursive: true, withFileTypes: true }).catch(() => []);
  return new Set(
    entries
      .filter((e) => e.isFile())
      .map((e) => `/${path.relative(publicDir, path.join(e.parentPath, e.name)).split(path.sep).join('/')}`),
  );
}

/** Problems in the order an editor fixes them: by file, then by line. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return problems.toSorted((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
