import { pathToFileURL } from 'node:url';
import { resolveContentDir } from '../content/content-dir';
import { loadContentIndex } from '../content/load-content-index';
import { formatProblem, formatProblemReport } from '../content/problem';

export interface CheckReport {
  exitCode: number;
  output: string;
}

/** Validates the whole content folder and reports every problem at once, like a compiler. */
export async function checkContent(contentDir: string): Promise<CheckReport> {
  const { result, warnings } = await loadContentIndex(contentDir);
  const lines = warnings.map((w) => `warning: ${formatProblem(w)}`);
  if (!result.ok) {
    lines.push(formatProblemReport(result.problems, 'Fix them and run `npm run check:content` again.'));
    return { exitCode: 1, output: lines.join('\n') };
  }
  const { articles, authors, sections } = result.value;
  lines.push(`Content OK: ${articles.length} articles, ${authors.size} authors, ${sections.length} sections.`);
  return { exitCode: 0, output: lines.join('\n') };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await checkContent(resolveContentDir());
  (report.exitCode === 0 ? console.log : console.error)(report.output);
  process.exitCode = report.exitCode;
}
