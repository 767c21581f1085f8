/** A content problem an editor must fix, shaped like a linter message. */
export interface ContentProblem {
  /** Path relative to the content folder's parent, e.g. `content/articles/2026/x.md`. */
  file: string;
  line?: number;
  column?: number;
  /** Field path, e.g. `date`, `related[2]`, or `front-matter` for the block as a whole. */
  field: string;
  /** Stable code that tests and the README refer to, e.g. `unknown-author`. */
  code: ProblemCode;
  message: string;
}

export type ProblemCode =
  | 'yaml-syntax'
  | 'front-matter-missing'
  | 'front-matter-unclosed'
  | 'front-matter-engine'
  | 'front-matter-too-large'
  | 'file-too-large'
  | 'invalid-encoding'
  | 'invalid-field'
  | 'unknown-field'
  | 'invalid-date'
  | 'updated-before-date'
  | 'unknown-author'
  | 'unknown-section'
  | 'unknown-related'
  | 'missing-image-alt'
  | 'unsafe-slug'
  | 'duplicate-slug'
  | 'duplicate-id'
  | 'invalid-config'
  | 'broken-internal-link'
  | 'missing-image'
  | 'unsupported-image'
  | 'remote-image'
  | 'empty-body'
  | 'too-complex'
  | 'live-without-story'
  | 'not-live'
  | 'update-before-story'
  | 'update-in-future'
  | 'two-pinned'
  | 'image-too-small'
  | 'duplicate-alias'
  | 'alias-shadows-page'
  // Warnings: likely mistakes that do not stop the build.
  | 'not-markdown'
  | 'title-too-long'
  | 'summary-too-long'
  | 'image-too-wide'
  | 'image-too-heavy'
  | 'image-too-narrow'
  | 'no-tags'
  | 'tag-typo'
  | 'invisible-character'
  | 'links-to-draft'
  | 'silent-edit'
  | 'missing-page'
  | 'redundant-alias'
  | 'links-to-removed';

export type Result<T> = { ok: true; value: T } | { ok: false; problems: ContentProblem[] };

/** Formats one problem as `file:line:col  field  message  [code]`. */
export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  return `${where}  ${p.field}  ${p.message}  [${p.code}]`;
}

/** Formats a whole report, with the summary line an editor reads last (counting warnings shown above it). */
export function formatProblemReport(
  problems: readonly ContentProblem[],
  verdict: string,
  warningCount = 0,
): string {
  const files = new Set(problems.map((p) => p.file)).size;
  const lines = problems.map(formatProblem);
  const noun = problems.length === 1 ? 'problem' : 'problems';
  lines.push(
    `${problems.length} ${noun} in ${files} ${files === 1 ? 'file' : 'files'}${formatWarningCount(warningCount)}. ${verdict}`,
  );
  return lines.join('\n');
}

/** `; 2 warnings` to append to a summary line, or nothing when there are none. */
export function formatWarningCount(count: number): string {
  return count === 0 ? '' : `; ${count} ${count === 1 ? 'warning' : 'warnings'}`;
}
