import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { buildContentIndex } from './build-content-index';
import { cacheFileFor } from './cache-file';
import { showPath, stampFiles } from './file-stamps';
import { LIVE_DIR } from '../live/live-desk';
import {
  type IndexOrigin,
  publicSignature,
  readIndexSnapshot,
  snapshotSignature,
  writeIndexSnapshot,
} from './index-snapshot';
import { reloadChanges } from './reload-changes';
import { timeSlices } from '../scheduling/time-slices';
import type { ContentIndex } from './content-index';
import { findContentWarnings } from './find-content-warnings';
import { loadContent } from './load-content';
import { loadParseCache, parseCacheFile, saveParseCache, treeStoreRoot } from './load-parse-cache';
import { checkAvatars, measureImages, measureSeriesImages } from './measure-images';
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
  /**
   * How the index was made: `full`, every file read (through the parse cache); `snapshot`, read whole
   * as the last load of the same files stored it; `changes`, the previous index with only the
   * changed files parsed; `unchanged`, the previous index, as no file changed.
   */
  stats: { parsed: number; reused: number; mode: 'full' | 'snapshot' | 'changes' | 'unchanged' };
  /** The files this index was checked against, for the next load to see what changed. */
  origin: IndexOrigin;
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
  /**
   * The last load: when only article files changed since, and nothing another article links to
   * moved or vanished, only those files are read and checked (reload-changes.ts).
   */
  previous?: LoadedIndex;
  /**
   * Work that runs beside readers' requests (the server checking the files after it started from the
   * stored index): stamping the files yields to them in time slices instead of taking the thread.
   */
  background?: boolean;
  /**
   * The articles a publish says it changed (the revalidate call's slugs), with `previous`: the
   * folder is listed, but of the article files only new ones and these are stamped again; the rest
   * keep their earlier stamps (`origin.assumed`) until a load without this option checks them.
   */
  changedSlugs?: readonly string[];
}

/**
 * Reads, parses and cross-checks the content folder into a content index, or every problem found
 * (every stage of every file, sorted by file and line), with warnings about likely mistakes either way.
 */
export async function loadContentIndex(contentDir: string, options: LoadOptions = {}): Promise<LoadedIndex> {
  const loaded = await readContentIndex(contentDir, options);
  // Made by this load, or the previous index when nothing changed, whose signature is the same.
  if (loaded.result.ok) loaded.result.value.signature = loaded.origin.signature;
  return loaded;
}

async function readContentIndex(contentDir: string, options: LoadOptions): Promise<LoadedIndex> {
  const { cacheDir } = options;
  const parser = parserFingerprint();
  const publicDir = options.publicDir ?? path.resolve('public');
  const treeRoot = cacheDir === undefined ? undefined : treeStoreRoot(cacheDir, contentDir);
  const store: TreeStore = treeRoot ? createDiskTreeStore(treeRoot, parser) : createMemoryTreeStore();
  // Taken before anything is read: a file saved during the load makes what is kept of it stale.
  // Live updates are not the index's: the live desk reads them as they land (lib/live/live-desk.ts).
  const { previous } = options;
  const pause = options.background ? timeSlices() : undefined;
  const keep = previous && options.changedSlugs && keepStamps(contentDir, previous, options.changedSlugs);
  const [{ stamps, listing, changed }, publicStamp] = await Promise.all([
    stampFiles(contentDir, { skip: LIVE_DIR, pause, keep }),
    publicSignature(publicDir),
  ]);
  const origin: IndexOrigin = {
    signature: snapshotSignature(stamps, publicStamp, options.siteUrl, parser),
    stamps,
    listing,
    publicSignature: publicStamp,
    ...(keep && { assumed: true }),
  };
  if (previous?.result.ok && previous.origin.signature === origin.signature)
    return {
      ...previous,
      origin,
      stats: { parsed: 0, reused: previous.result.value.articles.length, mode: 'unchanged' },
    };
  // The preview leaves broken articles out, so what it loads is never kept as the checked index.
  const snapshotFile =
    cacheDir === undefined || options.skipBrokenArticles || options.snapshot === false
      ? undefined
      : cacheFileFor(cacheDir, contentDir, 'index');
  if (previous?.result.ok && !options.skipBrokenArticles) {
    const changes = await reloadChanges(contentDir, previous, origin, { ...options, publicDir, store, changed });
    if (changes) {
      if (snapshotFile && changes.result.ok) keepLater(snapshotFile, changes);
      return changes;
    }
  }
  const stored = snapshotFile && (await readIndexSnapshot(snapshotFile, origin.signature, store));
  if (stored)
    return {
      result: { ok: true, value: stored.index },
      warnings: stored.warnings,
      skipped: [],
      stats: { parsed: 0, reused: stored.index.articles.length, mode: 'snapshot' },
      origin,
    };

  const { config, parsed, files } = await readArticles(contentDir, options, store, treeRoot, parser);
  const problems = [
    ...config.problems,
    ...parsed.problems,
    ...(await measureImages(parsed.articles, publicDir)),
    ...(await measureSeriesImages(config.series ?? [], files.series ?? 'content/series.yaml', publicDir)),
    ...(await checkAvatars(config.authors, files.authors, publicDir)),
  ];
  const valid = parsed.articles.filter((p) => !parsed.invalidFiles.has(p.article.file));
  const baseWarnings = [...config.warnings, ...parsed.warnings, ...findContentWarnings(valid)];
  const warnings: ContentProblem[] = [];
  const articleFiles = files.articles;
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
  if (snapshotFile && result.ok) await writeIndexSnapshot(snapshotFile, origin, result.value, allWarnings);
  return {
    result,
    warnings: allWarnings,
    skipped: sortProblems(skipped),
    stats: { ...parsed.stats, mode: 'full' },
    origin,
  };
}

// Every file read and its articles parsed (through the parse cache). Only the files' paths leave
// this function, not their text, which is garbage once parsed: ~6 GB at a million stories, which
// the build's first step held until the index was stored.
async function readArticles(
  contentDir: string,
  options: LoadOptions,
  store: TreeStore,
  treeRoot: string | undefined,
  parser: string,
) {
  const sources = await loadContent(contentDir);
  const config = parseConfig(sources, options.siteUrl);
  const { cacheDir } = options;
  const cacheFile = cacheDir === undefined ? undefined : parseCacheFile(cacheDir, contentDir);
  const cache = cacheFile ? createParseCache(await loadParseCache(cacheFile)) : undefined;
  const parseMany = treeRoot ? options.createParseMany?.(treeRoot, parser) : undefined;
  const parsed = await parseArticles(sources.articles, config.context, { cache, store, parseMany });
  if (cacheFile && cache?.isChanged()) {
    await saveParseCache(cacheFile, cache.entries());
    store.prune(new Set(parsed.articles.map((p) => p.article.bodyKey)));
  }
  const files = {
    articles: new Set(sources.articles.map((f) => f.path)),
    series: sources.series?.path,
    authors: sources.authors.map((f) => f.path),
  };
  return { config, parsed, files };
}

// After a reload from changes, the snapshot is written a few seconds later, once, however many
// publishes come in that time: serialising 100,000 articles takes about a second of the thread
// that answers readers, which a publish should not wait for.
const pending = new Map<string, LoadedIndex>();
function keepLater(file: string, loaded: LoadedIndex) {
  const waiting = pending.has(file);
  pending.set(file, loaded);
  if (waiting) return;
  setTimeout(() => {
    const latest = pending.get(file);
    pending.delete(file);
    if (latest?.result.ok) void writeIndexSnapshot(file, latest.origin, latest.result.value, latest.warnings);
  }, SNAPSHOT_DELAY_MS).unref();
}
const SNAPSHOT_DELAY_MS = 3_000;

// Stamping 100,000 articles again costs a publish half a second; listing them finds every one added,
// deleted or renamed. Files other than articles (site, sections, authors, pages, the banner) are few,
// and change what every page shows, so they are always stamped.
function keepStamps(contentDir: string, previous: LoadedIndex, slugs: readonly string[]) {
  if (!previous.result.ok) return undefined;
  const { bySlug } = previous.result.value;
  const files = new Set(slugs.flatMap((slug) => bySlug.get(slug)?.file ?? []));
  const names = [...new Set(slugs)];
  const nameSet = new Set(names);
  const articles = `${showPath(path.join(contentDir, 'articles'))}/`;
  // Asked of every one of 100,000 files, so no string is made for a publish naming a few stories:
  // the file's name up to its last dot is one of the names.
  const named = (file: string) => {
    const start = file.lastIndexOf('/') + 1;
    const dot = file.lastIndexOf('.');
    const end = dot > start ? dot : file.length;
    if (names.length > 8) return nameSet.has(file.slice(start, end));
    return names.some((name) => end - start === name.length && file.startsWith(name, start));
  };
  return {
    stamps: previous.origin.stamps,
    listing: previous.origin.listing,
    unless: (file: string) => !file.startsWith(articles) || files.has(file) || named(file),
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
