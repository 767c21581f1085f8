import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { countReport } from '@/lib/import/import-report';
import { openMarkdownSite } from '@/lib/import/markdown-source';
import { runImport } from '@/lib/import/run-import';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');
const NOW = new Date('2026-12-03T12:00:00Z');
// What the report calls what check:content then finds (the import cannot know every page the site has).
const REPORTED_AS: Record<string, string[]> = {
  'broken-internal-link': ['old-link', 'unresolved-link'],
  'missing-image': ['missing-image', 'unreadable-image', 'image-not-copied'],
  'invalid-field': ['missing-image', 'unreadable-image', 'unsupported-image'],
  'invalid-date': ['invalid-date', 'no-date'],
};
let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'import-md-'));
  cpSync(path.join(FIXTURES, 'content'), path.join(root, 'content'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe.each(['hugo', 'jekyll', 'eleventy', 'astro', 'zola'])(
  'importing the %s fixture site',
  (generator) => {
    const site = path.join(FIXTURES, 'import/sites', generator);
    const importSite = async () =>
      runImport(await openMarkdownSite(site, generator, NOW), {
        contentDir: path.join(root, 'content'),
        publicDir: path.join(root, 'public'),
        uploadsDir: ['static', 'public', '.'].map((f) => path.join(site, f)),
        now: NOW,
      });

    it('leaves a folder whose content check fails only in files the report lists fixes for', async () => {
      const report = await importSite();
      expect(report.generator).toBe(generator);
      expect(countReport(report).created).toBeGreaterThan(0);
      const loaded = await loadContentIndex(path.join(root, 'content'), {
        publicDir: path.join(root, 'public'),
        snapshot: false,
      });
      const problems = loaded.result.ok ? [] : loaded.result.problems;
      const fixes = (file: string) =>
        report.entries
          .filter((e) => e.path === file)
          .flatMap((e) => e.problems.filter((p) => p.severity === 'fix').map((p) => p.code));
      for (const problem of problems) {
        const expected = REPORTED_AS[problem.code] ?? [problem.code];
        expect(
          fixes(problem.file).filter((code) => expected.includes(code)),
          `${problem.file}:${problem.line} ${problem.code}`,
        ).not.toEqual([]);
      }
    });

    it('changes nothing when run again', async () => {
      await importSite();
      const second = await importSite();
      expect(countReport(second)).toMatchObject({ created: 0, updated: 0 });
      expect(second.files).toEqual([]);
    });
  },
);
