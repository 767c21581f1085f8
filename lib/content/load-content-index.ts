import path from 'node:path';
import { buildContentIndex } from './build-content-index';
import type { ContentIndex } from './content-index';
import { loadContent } from './load-content';
import { findContentWarnings } from './find-content-warnings';
import { loadParseCache, parseCacheFile, saveParseCache } from './load-parse-cache';
import { checkAvatars, measureImages } from './measure-images';
import { type ArticleParser, createParseCache } from './parse-cache';
import { parseContent } from './parse-content';
import type { ContentProblem, Result } from './problem';

export interface LoadedIndex {
  result: Result<ContentIndex>;
  warnings: ContentProblem[];
  /** With `skipBrokenArticles`: the problems of the articles left out of the index. */
  skipped: ContentProblem[];
}

export interface LoadOptions {
  siteUrl?: string;
  /** Where image paths such as /images/x.jpg are found; ./public by default. */
  publicDir?: string;
  /** Where parsed articles are kept between runs (see parse-cache.ts); nothing is kept when unset. */
  cacheDir?: string;
  /** The article parser, replaceable so tests can count its calls. */
  parseArticle?: ArticleParser;
  /**
   * Leave articles with problems out and index the rest (for `next dev`, so one broken file does not
   * take the preview down). Problems in site, section or author files still fail the load.
   */
  skipBrokenArticles?: boolean;
}

/**
 * Reads, parses and cross-checks the content folder into a content index, or every problem found, with
 * warnings about likely mistakes either way.
 */
export async function loadContentIndex(contentDir: string, options: LoadOptions = {}): Promise<LoadedIndex> {
  const cacheFile = options.cacheDir === undefined ? undefined : parseCacheFile(options.cacheDir, contentDir);
  const [sources, stored] = await Promise.all([
    loadContent(contentDir),
    cacheFile ? loadParseCache(cacheFile) : undefined,
  ]);
  const cache = stored && createParseCache(stored, options.parseArticle);
  const parsed = parseContent(sources, {
    ...options,
    parseArticle: cache?.parseArticle ?? options.parseArticle,
  });
  if (cacheFile && cache?.isChanged()) await saveParseCache(cacheFile, cache.entries());
  const publicDir = options.publicDir ?? path.resolve('public');
  parsed.problems.push(...(await measureImages(parsed.articles, publicDir)));
  parsed.problems.push(
    ...(await checkAvatars(
      parsed.authors,
      sources.authors.map((f) => f.path),
      publicDir,
    )),
  );
  const warnings = [...parsed.warnings, ...findContentWarnings(parsed.articles)];
  const articleFiles = new Set(sources.articles.map((f) => f.path));
  let result = buildContentIndex(parsed);
  const skipped: ContentProblem[] = [];
  // Leaving an article out can break another's links to it, so repeat until nothing more breaks.
  while (options.skipBrokenArticles && !result.ok && result.problems.every((p) => articleFiles.has(p.file))) {
    skipped.push(...result.problems);
    const broken = new Set(skipped.map((p) => p.file));
    result = buildContentIndex({
      ...parsed,
      problems: [],
      articles: parsed.articles.filter((a) => !broken.has(a.article.file)),
    });
  }
  return { result, warnings, skipped };
}
