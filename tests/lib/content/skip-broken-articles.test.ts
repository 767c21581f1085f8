import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { contentSignature } from '@/lib/content/content-signature';
import { loadContentIndex } from '@/lib/content/load-content-index';

const FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/content');
let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'skip-'));
  await cp(FIXTURE, dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it('leaves a broken article out of a preview index, with its problems, and keeps the rest', async () => {
  await writeFile(
    path.join(dir, 'articles/broken.md'),
    '---\ntitle: Broken\ndate: 2026-02-30\nauthor: ada\nsection: news\n---\nBody.\n',
  );
  const strict = await loadContentIndex(dir, { publicDir: dir });
  expect(strict.result.ok).toBe(false);
  const preview = await loadContentIndex(dir, { publicDir: dir, skipBrokenArticles: true });
  if (!preview.result.ok) throw new Error('the preview should load');
  expect(preview.result.value.articles.map((a) => a.slug)).not.toContain('broken');
  expect(preview.result.value.articles.length).toBe(6);
  expect(preview.skipped).toMatchObject([
    { file: expect.stringMatching(/broken\.md$/), field: 'date', code: 'invalid-date', line: 3 },
  ]);
});

it('also leaves out a story whose link breaks because its target was left out', async () => {
  await writeFile(
    path.join(dir, 'articles/target.md'),
    '---\ntitle: Target\ndate: 2026-02-30\nauthor: ada\nsection: news\n---\nBody.\n',
  );
  await writeFile(
    path.join(dir, 'articles/linker.md'),
    '---\ntitle: Linker\ndate: 2026-11-02\nauthor: ada\nsection: news\n---\nSee [the target](/news/target).\n',
  );
  const preview = await loadContentIndex(dir, { publicDir: dir, skipBrokenArticles: true });
  if (!preview.result.ok) throw new Error('the preview should load');
  expect(preview.skipped.map((p) => [path.basename(p.file), p.code])).toEqual([
    ['linker.md', 'broken-internal-link'],
    ['target.md', 'invalid-date'],
  ]);
});

it('still fails when a site, section or author file is broken', async () => {
  await writeFile(path.join(dir, 'sections.yaml'), 'not: [a list');
  expect((await loadContentIndex(dir, { publicDir: dir, skipBrokenArticles: true })).result.ok).toBe(false);
});

it('changes the content signature when a file is edited, added or removed, and only then', async () => {
  const before = await contentSignature(dir);
  expect(await contentSignature(dir)).toBe(before);
  await writeFile(path.join(dir, 'articles/council-budget.md'), 'edited');
  const edited = await contentSignature(dir);
  expect(edited).not.toBe(before);
  await writeFile(path.join(dir, 'articles/new.md'), 'new');
  expect(await contentSignature(dir)).not.toBe(edited);
});
