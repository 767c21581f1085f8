import type { ParsedArticle } from './article';
import type { SourceFile } from './parse-content';
import { type ArticleContext, type ArticleParse, parseArticle } from './parse-article';
import type { ParseCache, StoredParse } from './parse-cache';
import type { ContentProblem } from './problem';
import type { TreeStore } from './tree-store';

/** A file to parse, with the key its parse is cached under. */
export interface ParseJob {
  key: string;
  file: string;
  text: string;
}

/**
 * Parses files and stores each body tree, returning the parses without their trees, in order: in
 * this process (parseAndStore), or spread over worker processes (parse-pool.ts).
 */
export type ParseMany = (jobs: readonly ParseJob[], context: ArticleContext) => Promise<ArticleParse[]>;

export interface ParsedArticles {
  /** Every article that could be read, valid or not: the cross-checks look at all of them. */
  articles: ParsedArticle[];
  /** Files with problems of their own. */
  invalidFiles: Set<string>;
  problems: ContentProblem[];
  warnings: ContentProblem[];
  /** How many files were parsed, and how many came from the cache. */
  stats: { parsed: number; reused: number };
}

/** Parses files one after another, putting each body tree in `store` as soon as it is made. */
export function parseAndStore(
  jobs: readonly ParseJob[],
  context: ArticleContext,
  store: TreeStore,
): ArticleParse[] {
  return jobs.map(({ file, text }) => {
    const { tree, ...parse } = parseArticle(file, text, context);
    if (tree && parse.parsed) store.put(parse.parsed.article.bodyKey, tree, parse.parsed.bodyStart);
    return parse;
  });
}

/**
 * Parses every article file once: a file unchanged since the last run comes from `cache` (with its
 * tree still in `store`), the rest are parsed by `parseMany`, or in this process. Files are read and
 * parsed a window at a time, so only one window's texts are held at once.
 */
export async function parseArticles(
  files: readonly SourceFile[],
  context: ArticleContext,
  {
    cache,
    store,
    parseMany,
    window: size = PARSE_WINDOW,
  }: {
    cache?: ParseCache;
    store: TreeStore;
    parseMany?: ParseMany;
    /** How many files are read and parsed at a time. */
    window?: number;
  },
): Promise<ParsedArticles> {
  const result: ParsedArticles = {
    articles: [],
    invalidFiles: new Set(),
    problems: [],
    warnings: [],
    stats: { parsed: 0, reused: 0 },
  };
  // A window's files are read, keyed and looked up while the one before it is parsed, so the
  // workers are not left waiting for the next window's reads.
  const prepare = (from: number) => {
    const window = files.slice(from, from + size);
    const jobs: ParseJob[] = [];
    const reused: StoredParse[] = [];
    for (const source of window) {
      const text = source.text;
      const key = cache?.keyOf(source.path, text, context) ?? source.path;
      const stored = cache?.lookup(key, context);
      if (stored && store.has(stored.parsed.article.bodyKey)) reused.push(stored);
      else jobs.push({ key, file: source.path, text });
    }
    return { jobs, reused };
  };
  let next = files.length > 0 ? prepare(0) : undefined;
  for (let start = 0; next; start += size) {
    const { jobs, reused } = next;
    const parsing = parseMany ? parseMany(jobs, context) : Promise.resolve(parseAndStore(jobs, context, store));
    next = start + size < files.length ? prepare(start + size) : undefined;
    const parses = await parsing;
    for (const stored of reused) {
      result.articles.push(stored.parsed);
      result.warnings.push(...stored.warnings);
    }
    result.stats.parsed += jobs.length;
    result.stats.reused += reused.length;
    parses.forEach((parse, i) => {
      const job = jobs[i];
      if (job) cache?.store(job.key, parse);
      if (parse.parsed) result.articles.push(parse.parsed);
      if (!parse.ok) result.invalidFiles.add(job?.file ?? '');
      result.problems.push(...parse.problems);
      result.warnings.push(...parse.warnings);
    });
  }
  return result;
}

// A window's texts (~6 KB a story) are held until its parses are back: all of a million stories'
// at once were 6 GB of the build's first step, which the kernel then stopped for want of memory.
// Large enough that two workers rarely wait at a window's end (a batch is 64 stories).
const PARSE_WINDOW = 8_192;
