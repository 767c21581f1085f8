import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { resolveContentDir } from '../content/content-dir';
import type { LoadOptions } from '../content/load-content-index';
import { missingStandingPages } from '../content/standing-pages';
import { findSilentEdits } from './find-silent-edits';
import { loadWithPool, withLiveProblems } from './load-with-pool';
import { formatProblem, formatProblemReport, formatWarningCount } from '../content/problem';

export interface CheckReport {
  exitCode: number;
  output: string;
}

/**
 * Validates the whole content folder and reports every problem at once, like a compiler. Warnings are
 * printed too but never fail the check.
 */
export async function checkContent(
  contentDir: string,
  options: LoadOptions & { since?: string } = {},
): Promise<CheckReport> {
  const loaded = withLiveProblems(await loadWithPool(contentDir, options), contentDir, options.publicDir);
  const { result } = loaded;
  let { warnings } = loaded;
  if (result.ok) warnings = [...warnings, ...missingStandingPages(result.value)];
  if (result.ok && options.since) {
    try {
      warnings = [...warnings, ...(await findSilentEdits(contentDir, result.value, options.since))];
    } catch (error) {
      return { exitCode: 2, output: error instanceof Error ? error.message : String(error) };
    }
  }
  const lines = warnings.map((w) => `warning: ${formatProblem(w)}`);
  if (!result.ok) {
    lines.push(
      formatProblemReport(
        result.problems,
        'Fix them and run `npm run check:content` again.',
        warnings.length,
      ),
    );
    return { exitCode: 1, output: lines.join('\n') };
  }
  const { articles, authors, sections } = result.value;
  lines.push(
    `Content OK: ${articles.length} articles, ${authors.size} authors, ${sections.length} sections${formatWarningCount(warnings.length)}.`,
  );
  return { exitCode: 0, output: lines.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  let since: string | undefined;
  try {
    ({ since } = parseArgs({ options: { since: { type: 'string' } }, strict: true }).values);
  } catch (error) {
    console.error(
      `${error instanceof Error ? error.message : error}\nUsage: npm run check:content [-- --since <git-ref>]`,
    );
    process.exit(2);
  }
  const report = await checkContent(resolveContentDir(), { since });
  (report.exitCode === 0 ? console.log : console.error)(report.output);
  process.exitCode = report.exitCode;
}
