import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { pathToFileURL } from 'node:url';
import { resolveContentDir } from '../content/content-dir';
import { showPath } from '../content/file-stamps';
import { findTakenSlugs } from '../content/find-taken-slugs';
import { loadContent } from '../content/load-content';
import { parseConfig } from '../content/parse-content';
import { formatProblemReport } from '../content/problem';
import {
  NEW_ARTICLE_USAGE,
  type NewArticleRequest,
  completeRequest,
  findMissingFlags,
  parseNewArticleArgs,
} from './new-article-args';
import { type CompleteRequest, type NewsDesk, planNewArticle } from './plan-new-article';
import { type Ask, PromptCancelled, askInTerminal, promptNewArticle } from './prompt-new-article';

export interface NewArticleOptions {
  argv: readonly string[];
  contentDir: string;
  now: Date;
  /** Present in a terminal: missing values are asked for. Absent for scripts, which must pass flags. */
  ask?: Ask;
}

export interface NewArticleReport {
  exitCode: number;
  /** The new file's path on success; otherwise what to fix. */
  output: string;
}

const NOT_CREATED = 'No article was created.';

/** `npm run new`: creates a draft article from flags or prompts and reports its path. */
export async function newArticle(options: NewArticleOptions): Promise<NewArticleReport> {
  const fail = (...lines: string[]) => ({ exitCode: 1, output: [...lines, NOT_CREATED].join('\n') });
  const args = parseNewArticleArgs(options.argv);
  if (!args.ok) return fail(args.message);
  if (args.help) return { exitCode: 0, output: NEW_ARTICLE_USAGE };

  const desk = await loadNewsDesk(options.contentDir);
  if ('report' in desk) return fail(desk.report);
  const request = await gatherRequest(args.value, desk, options.ask);
  if (Array.isArray(request)) return fail(...request);
  const plan = planNewArticle(request, desk, options.now);
  if (!plan.ok) return fail(...plan.errors);
  const target = path.resolve(plan.file);
  await mkdir(path.dirname(target), { recursive: true });
  try {
    // 'wx' refuses to replace a file that appeared since the slugs were read.
    await writeFile(target, plan.text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fail(`${plan.file} already exists.`);
    throw error;
  }
  return { exitCode: 0, output: plan.file };
}

// Flags first; a terminal is asked for the rest, and a script is told what it left out.
async function gatherRequest(
  args: NewArticleRequest,
  desk: NewsDesk,
  ask: Ask | undefined,
): Promise<CompleteRequest | string[]> {
  const complete = completeRequest(args);
  if (complete) return complete;
  if (!ask) {
    return [
      `expected ${findMissingFlags(args).join(' and ')}; prompts run only in a terminal, so a script must pass them.`,
      NEW_ARTICLE_USAGE,
      `Sections: ${desk.sectionSlugs.join(', ')}`,
      `Authors: ${[...desk.authorIds].sort().join(', ')}`,
    ];
  }
  try {
    return await promptNewArticle(args, desk, ask);
  } catch (error) {
    if (error instanceof PromptCancelled) return [];
    throw error;
  }
}

// Sections, authors and the site's time zone go through the same parsers as the site; article files
// are only read for the slugs they claim, so one broken draft does not block starting another.
async function loadNewsDesk(contentDir: string): Promise<NewsDesk | { report: string }> {
  const sources = await loadContent(contentDir);
  const { site, sections, authors, problems } = parseConfig({ ...sources, articles: [], ignored: [] });
  if (problems.length > 0 || !site) return { report: formatProblemReport(problems, 'Fix them first.') };
  return {
    articlesDir: showPath(path.join(contentDir, 'articles')),
    timeZone: site.timeZone,
    sectionSlugs: sections.map((s) => s.slug),
    authorIds: authors.map((a) => a.id),
    takenSlugs: findTakenSlugs(sources.articles),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const rl = process.stdin.isTTY
    ? createInterface({ input: process.stdin, output: process.stdout })
    : undefined;
  try {
    const report = await newArticle({
      argv: process.argv.slice(2),
      contentDir: resolveContentDir(),
      now: new Date(),
      ask: rl && askInTerminal(rl),
    });
    (report.exitCode === 0 ? console.log : console.error)(report.output);
    process.exitCode = report.exitCode;
  } finally {
    rl?.close();
  }
}
