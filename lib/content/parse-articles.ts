import type { ParsedArticle } from './article';
import type { SourceFile } from './parse-content';
import { type ArticleContext, type ArticleParse, parseArticle } from './parse-article';
import type { ParseCache } from './parse-cache';
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
 * tree still in `store`), the rest are parsed by `parseMany`, or in this process.
 */
export async function parseArticles(
  files: readonly SourceFile[],
  context: ArticleContext,
  { cache, store, parseMany }: { cache?: ParseCache; store: TreeStore; parseMany?: ParseMany },
): Promise<ParsedArticles> {
  const result: ParsedArticles = {
    articles: [],
    invalidFiles: new Set(),
    problems: [],
    warnings: [],
    stats: { parsed: 0, reused: 0 },
  };
  const jobs: ParseJob[] = [];
  for (const source of files) {
    const text = source.text;
    const key = cache?.keyOf(source.path, text, context) ?? source.path;
    const stored = cache?.lookup(key, context);
    if (stored && store.has(stored.parsed.article.bodyKey)) {
      result.articles.push(stored.parsed);
      result.warnings.push(...stored.warnings);
    } else jobs.push({ key, file: source.path, text });
  }
  result.stats = { parsed: jobs.length, reused: files.length - jobs.length };
  const parses = parseMany ? await parseMany(jobs, context) : parseAndStore(jobs, context, store);
  parses.forEach((parse, i) => {
    const job = jobs[i];
    if (job) cache?.store(job.key, parse);
    if (parse.parsed) result.articles.push(parse.parsed);
    if (!parse.ok) result.invalidFiles.add(job?.file ?? '');
    result.problems.push(...parse.problems);
    result.warnings.push(...parse.warnings);
  });
  return result;
}
