import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveContentDir } from '../content/content-dir';
import { showPath } from '../content/file-stamps';
import { IMPORT_MAP_FILE } from '../import/import-map';
import { countReport, formatReport, type ImportReport } from '../import/import-report';
import { type ImportSource, runImport } from '../import/run-import';
import { openWordpressExport } from '../import/wordpress/read-wordpress';
import { openMarkdownSite } from '../import/markdown-source';
import { parseCommandArgs } from './parse-command-args';
import { createProgressBar } from './progress-bar';

export const IMPORT_USAGE = `Usage:
  npm run import -- wordpress <export.xml> [--uploads <dir>] [--dry-run] [--force] [--report <file>] [--stats]
  npm run import -- markdown <site folder> [--uploads <dir>] [--dry-run] [--force] [--report <file>] [--stats]`;

export interface ImportCommandResult {
  exitCode: number;
  output: string;
  errors: string;
  report?: ImportReport;
}

/**
 * `npm run import`: opens the source, imports it into the content folder (CONTENT_DIR) and its
 * images into `publicDir`, by default the project's public/ (where the site serves them from and
 * check:content looks, whatever CONTENT_DIR says), prints the report and writes it as JSON. Exits
 * non-zero only when the source cannot be read.
 */
export async function runImportCommand(
  argv: readonly string[],
  env: Record<string, string | undefined> = process.env,
  publicDir = path.resolve('public'),
): Promise<ImportCommandResult> {
  const args = parseCommandArgs(
    argv,
    {
      uploads: { type: 'string' },
      'dry-run': { type: 'boolean' },
      force: { type: 'boolean' },
      report: { type: 'string' },
      stats: { type: 'boolean' },
    },
    IMPORT_USAGE,
  );
  if (!args.ok) return { exitCode: 2, output: '', errors: args.message };
  const [kind, input] = args.positionals;
  if ((kind !== 'wordpress' && kind !== 'markdown') || !input || args.positionals.length > 2)
    return {
      exitCode: 2,
      output: '',
      errors: `expected "wordpress <export.xml>" or "markdown <folder>", found "${args.positionals.join(' ')}"\n${IMPORT_USAGE}`,
    };
  const wantDir = kind === 'markdown';
  if (!existsSync(input) || statSync(input).isDirectory() !== wantDir)
    return {
      exitCode: 2,
      output: '',
      errors: `expected ${wantDir ? 'a folder' : 'a WordPress export file (.xml)'} at ${input}, found ${existsSync(input) ? (wantDir ? 'a file' : 'a folder') : 'nothing'}\n${IMPORT_USAGE}`,
    };
  const uploads = args.values.uploads;
  if (uploads && !(existsSync(uploads) && statSync(uploads).isDirectory()))
    return {
      exitCode: 2,
      output: '',
      errors: `expected --uploads to name a folder (a copy of wp-content/uploads), found nothing at ${uploads}`,
    };
  const contentDir = resolveContentDir(env);
  const started = performance.now();
  let source: ImportSource;
  try {
    source =
      kind === 'wordpress'
        ? await openWordpressExport(input, showPath(path.resolve(input)))
        : await openMarkdownSite(input, showPath(path.resolve(input)));
  } catch (error) {
    return {
      exitCode: 1,
      output: '',
      errors: `could not read ${input}: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
  const bar = createProgressBar(source.total, 'stories');
  let report: ImportReport;
  try {
    report = await runImport(source, {
      contentDir,
      publicDir,
      uploadsDir: uploads ? path.resolve(uploads) : wantDir ? siteAssetFolders(input) : undefined,
      dryRun: args.values['dry-run'] ?? false,
      force: args.values.force ?? false,
      onProgress: (done) => bar.update(done),
    });
  } catch (error) {
    bar.finish();
    // A file that cannot be read or written mid-way (a full disk, permissions): what was written stays
    // and the manifest of the last complete run is kept, so running again continues safely.
    if (!(error instanceof Error && 'code' in error)) throw error;
    return {
      exitCode: 1,
      output: '',
      errors: `the import stopped: ${error.message}; fix that and run the same command again`,
    };
  }
  bar.finish();
  const seconds = (performance.now() - started) / 1000;
  const lines = [formatReport(report, showPath(path.join(contentDir, IMPORT_MAP_FILE)))];
  const json = { ...report, counts: countReport(report) };
  const reportFile =
    args.values.report ?? (report.dryRun ? undefined : path.join('.cache', 'import-report.json'));
  if (reportFile) {
    mkdirSync(path.dirname(path.resolve(reportFile)), { recursive: true });
    writeFileSync(reportFile, `${JSON.stringify(json, null, 1)}\n`);
    lines.push(`The report as JSON: ${reportFile}`);
  }
  if (args.values.stats) {
    const stories = report.entries.length;
    const maxRssMb = process.resourceUsage().maxRSS / 1024;
    lines.push(
      `Stats: ${stories} posts and pages in ${seconds.toFixed(1)} s, ${(stories / seconds).toFixed(0)} posts/s, peak RSS ${maxRssMb.toFixed(0)} MB`,
    );
  }
  return { exitCode: 0, output: lines.join('\n'), errors: '', report };
}

// Where a static site keeps the files its pages refer to by `/path`: Hugo's and Zola's static/, Astro's
// and Eleventy's public/, and the folder itself (Jekyll copies it as it is).
function siteAssetFolders(dir: string): string[] {
  return ['static', 'public', '.']
    .map((name) => path.resolve(dir, name))
    .filter((folder) => existsSync(folder) && statSync(folder).isDirectory());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await runImportCommand(process.argv.slice(2));
  if (result.output) console.log(result.output);
  if (result.errors) console.error(result.errors);
  process.exitCode = result.exitCode;
}
