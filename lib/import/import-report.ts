import type { ImportProblem, SourceLocation } from './source-post';

/** A report line: where in the source, and, when known, where in the written file to fix it. */
export type ReportProblem = ImportProblem & { output?: SourceLocation };

/** What one source post became. */
export interface ReportEntry {
  sourceId: string;
  at: SourceLocation;
  title: string;
  /** `kept`: an editor changed (or deleted) the file since the last import, so it was left alone. */
  action: 'created' | 'updated' | 'unchanged' | 'kept' | 'skipped';
  /** The file it became, as shown from the working directory. */
  path?: string;
  reason?: string;
  /** Comments on the old site, which are not imported. */
  comments: number;
  problems: ReportProblem[];
}

export interface ImportReport {
  source: string;
  generator: string;
  dryRun: boolean;
  entries: ReportEntry[];
  /** Items left out by kind (`nav_menu_item`, `revision`…) with their count. */
  skippedKinds: Record<string, number>;
  /** Problems of the run as a whole: the mapping file, the export. */
  problems: ReportProblem[];
  /** Other files written: sections.yaml, authors, the mapping file, the manifest, images. */
  files: string[];
  imagesCopied: number;
}

/** Counts of what a run did, for the summary line and the JSON. */
export function countReport(
  report: ImportReport,
): Record<ReportEntry['action'] | 'fix' | 'note' | 'comments', number> {
  const counts = { created: 0, updated: 0, unchanged: 0, kept: 0, skipped: 0, fix: 0, note: 0, comments: 0 };
  for (const entry of report.entries) {
    counts[entry.action]++;
    counts.comments += entry.comments;
    for (const problem of entry.problems) counts[problem.severity]++;
  }
  for (const problem of report.problems) counts[problem.severity]++;
  return counts;
}

/**
 * The report as a linter prints it: one block per source post (where it was, what it became), then
 * each note and fix with its file and line, then totals and what to do next.
 * @example formatReport(report) // "export.xml:27  wp:101 → content/articles/2012/x.md  created\n  …"
 */
export function formatReport(report: ImportReport, mapFile: string): string {
  const lines: string[] = [];
  const where = (at: SourceLocation) => `${at.file}${at.line ? `:${at.line}` : ''}`;
  const problemLine = (p: ReportProblem) =>
    `  ${p.output ? `${where(p.output)}  ` : ''}${where(p)}  ${p.severity}  ${p.message}  [${p.code}]`;
  for (const p of report.problems) lines.push(problemLine(p).trimStart());
  for (const entry of report.entries) {
    const what = entry.path ? `→ ${entry.path}` : '';
    const comments =
      entry.comments > 0
        ? `  (${entry.comments} comment${entry.comments === 1 ? '' : 's'} not imported)`
        : '';
    lines.push(
      `${where(entry.at)}  ${entry.sourceId} ${what}  ${entry.action}${entry.reason ? `: ${entry.reason}` : ''}${comments}`,
    );
    for (const p of entry.problems) lines.push(problemLine(p));
  }
  const skipped = Object.entries(report.skippedKinds).map(([kind, n]) => `${n} ${kind}`);
  const c = countReport(report);
  lines.push(
    '',
    `${report.dryRun ? 'Dry run, nothing written: would have ' : ''}${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.kept} kept (changed by an editor since the last import; --force overwrites them), ${c.skipped} skipped${skipped.length ? ` (and left out: ${skipped.join(', ')})` : ''}; ${report.imagesCopied} images copied; ${c.comments} comments not imported.`,
    `${c.fix} to fix, ${c.note} notes.`,
  );
  if (c.created + c.updated === 0 && report.files.length === 0 && !report.dryRun)
    lines.push('Nothing changed: this import was already done.');
  lines.push(
    report.dryRun
      ? `Next: run it without --dry-run; it writes ${mapFile} (which category becomes which section, tags, authors) for you to check.`
      : `Next: check ${mapFile} (which category became which section, tags, authors), edit it and run the same command again; then fix what is listed above and run \`npm run check:content\`.`,
  );
  return lines.join('\n');
}
