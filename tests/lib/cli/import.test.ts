import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runImportCommand } from '@/lib/cli/import';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');
const EXPORT = path.join(FIXTURES, 'import/wordpress/export.xml');
let root: string;
let env: Record<string, string>;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'import-cli-'));
  cpSync(path.join(FIXTURES, 'content'), path.join(root, 'content'), { recursive: true });
  env = { CONTENT_DIR: path.join(root, 'content') };
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('npm run import', () => {
  it('refuses an unknown source kind or a missing file with the usage, exit 2', async () => {
    const kind = await runImportCommand(['drupal', EXPORT], env, path.join(root, 'public'));
    expect(kind.exitCode).toBe(2);
    expect(kind.errors).toMatch(/^expected "wordpress <export\.xml>" or "markdown <folder>", found "drupal /);
    const missing = await runImportCommand(
      ['wordpress', path.join(root, 'nope.xml')],
      env,
      path.join(root, 'public'),
    );
    expect(missing.exitCode).toBe(2);
    expect(missing.errors).toContain('expected a WordPress export file (.xml) at');
    expect(
      (
        await runImportCommand(
          ['wordpress', EXPORT, '--uploads', path.join(root, 'nope')],
          env,
          path.join(root, 'public'),
        )
      ).exitCode,
    ).toBe(2);
  });

  it('imports, copies images into the public folder it is given, writes the JSON report and prints stats', async () => {
    const reportFile = path.join(root, 'report.json');
    const result = await runImportCommand(
      [
        'wordpress',
        EXPORT,
        '--uploads',
        path.join(FIXTURES, 'import/wordpress/uploads'),
        '--report',
        reportFile,
        '--stats',
      ],
      env,
      path.join(root, 'public'),
    );
    expect(result.exitCode).toBe(0);
    expect(existsSync(path.join(root, 'public/images/2012/01/tram.jpg'))).toBe(true);
    expect(result.output).toMatch(/^Stats: 12 posts and pages in [\d.]+ s, \d+ posts\/s, peak RSS \d+ MB$/m);
    expect(result.output).toContain('Next: check ');
    const json = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(json.counts).toMatchObject({ created: 9, skipped: 3 });
    expect(json.entries[0]).toMatchObject({ sourceId: 'wp:101', action: 'created', at: { line: 27 } });
  });

  it('in a dry run writes nothing, not even the report, unless asked for one', async () => {
    const result = await runImportCommand(['wordpress', EXPORT, '--dry-run'], env, path.join(root, 'public'));
    expect(result.exitCode).toBe(0);
    expect(result.output).toContain('Dry run, nothing written: would have 9 created');
    expect(existsSync(path.join(root, 'content/import-map.yaml'))).toBe(false);
    expect(existsSync(path.join(root, 'content/articles/2012'))).toBe(false);
  });

  it('says a second run changed nothing', async () => {
    await runImportCommand(
      ['wordpress', EXPORT, '--report', path.join(root, 'r.json')],
      env,
      path.join(root, 'public'),
    );
    const second = await runImportCommand(
      ['wordpress', EXPORT, '--report', path.join(root, 'r.json')],
      env,
      path.join(root, 'public'),
    );
    expect(second.output).toContain('Nothing changed: this import was already done.');
  });
});
