import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateArchive } from '@/lib/bench/generate-archive';
import { writeArchive } from '@/lib/bench/write-archive';
import { getContentIndex } from '@/lib/content';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { onContentChanged } from '@/lib/state/process-state.mjs';

const archive = generateArchive({ articles: 10, seed: 9 });
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

let contentDir = '';
let cacheDir = '';
beforeEach(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'served-content-'));
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'served-cache-'));
  dirs.push(contentDir, cacheDir);
  await writeArchive(contentDir, archive.files);
  // A fresh process: its state lives on globalThis (lib/state/process-state.mjs).
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('newsroom.process-state')];
  vi.stubEnv('NODE_ENV', 'production');
  vi.stubEnv('CONTENT_DIR', contentDir);
  vi.stubEnv('CONTENT_CACHE_DIR', cacheDir);
});
afterEach(() => void vi.unstubAllEnvs());

const slug = archive.articles[3]!.slug;
const wordsOf = async () => (await getContentIndex()).bySlug.get(slug)?.wordCount ?? 0;

describe('the content index of a server that has just started', { timeout: 30_000 }, () => {
  it('answers from the stored index at once, then reads an article saved while it was down', async () => {
    await loadContentIndex(contentDir, { cacheDir, publicDir: path.resolve('public') }); // the build
    const built = await loadContentIndex(contentDir, { publicDir: path.resolve('public'), snapshot: false });
    const before = built.result.ok ? (built.result.value.bySlug.get(slug)?.wordCount ?? 0) : 0;
    await appendFile(path.join(contentDir, archive.articles[3]!.path), '\nFour more words here.\n');
    const changed = new Promise((resolve) => onContentChanged(resolve));

    expect(await wordsOf()).toBe(before);
    expect(await changed).toEqual({ source: 'reload' });
    expect(await wordsOf()).toBe(before + 4);
  });

  it('serves a story added while it was down, and drops a deleted one, from its first answer', async () => {
    await loadContentIndex(contentDir, { cacheDir, publicDir: path.resolve('public') }); // the build
    const template = archive.articles[2]!;
    const source = await readFile(path.join(contentDir, template.path), 'utf8');
    const addedPath = path.join(path.dirname(path.join(contentDir, template.path)), 'added-after-the-build.md');
    await writeFile(addedPath, source.replace(/^slug: .*$/m, 'slug: added-after-the-build'));
    const deleted = archive.articles[5]!;
    await rm(path.join(contentDir, deleted.path));

    const first = await getContentIndex();
    expect(first.bySlug.has('added-after-the-build')).toBe(true);
    expect(first.bySlug.has(deleted.slug)).toBe(false);
    expect(first.bySlug.has(slug)).toBe(true);
  });

  it('checks every file first under next build', async () => {
    vi.stubEnv('NEXT_PHASE', 'phase-production-build');
    await loadContentIndex(contentDir, { cacheDir, publicDir: path.resolve('public') });
    const built = await loadContentIndex(contentDir, { publicDir: path.resolve('public'), snapshot: false });
    const before = built.result.ok ? (built.result.value.bySlug.get(slug)?.wordCount ?? 0) : 0;
    await appendFile(path.join(contentDir, archive.articles[3]!.path), '\nFour more words here.\n');
    expect(await wordsOf()).toBe(before + 4);
  });
});
