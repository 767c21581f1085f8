import { pathToFileURL } from 'node:url';
import { resolveContentDir } from '../content/content-dir';
import type { LoadOptions } from '../content/load-content-index';
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
export async function checkContent(contentDir: string, options: LoadOptions = {}): Promise<CheckReport> {
  const { result, warnings } = withLiveProblems(
    await loadWithPool(contentDir, options),
    contentDir,
    options.publicDir,
  );
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
  const report = await checkContent(resolveContentDir());
  (report.exitCode === 0 ? console.log : console.error)(report.output);
  process.exitCode = report.exitCode;
}
