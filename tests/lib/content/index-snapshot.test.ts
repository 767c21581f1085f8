import { appendFile, cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { generateArchive } from '@/lib/bench/generate-archive';
import { writeArchive } from '@/lib/bench/write-archive';
import { type LoadedIndex, loadContentIndex } from '@/lib/content/load-content-index';
import { indexAnswers } from '../../support/index-answers';

const archive = generateArchive({ articles: 12, seed: 5 });
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

let contentDir = '';
let cacheDir = '';
let publicDir = '';

beforeEach(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'snapshot-content-'));
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'snapshot-cache-'));
  publicDir = await mkdtemp(path.join(os.tmpdir(), 'snapshot-public-'));
  dirs.push(contentDir, cacheDir, publicDir);
  await writeArchive(contentDir, archive.files);
  await cp(path.resolve('public'), publicDir, { recursive: true });
});

const load = () => loadContentIndex(contentDir, { cacheDir, publicDir });
const fileOf = (i: number) => path.join(contentDir, archive.articles[i]!.path);
const snapshotFile = async () =>
  path.join(cacheDir, (await readdir(cacheDir)).find((f) => f.startsWith('index-')) ?? 'none');

const answers = indexAnswers;

describe('the index snapshot', { timeout: 30_000 }, () => {
  it('gives the next load of the same files the index the full load built, without reading them', async () => {
    const full = await load();
    expect(full.stats.mode).toBe('full');
    const stored = await load();
    expect(stored.stats).toEqual({ parsed: 0, reused: 12, mode: 'snapshot' });
    expect(answers(stored)).toEqual(answers(full));
  });

  it('keeps the warnings of the load that stored it', async () => {
    // A story with no tags is a warning, not a problem: the build goes on.
    const text = await readFile(fileOf(2), 'utf8');
    await writeFile(fileOf(2), text.replace(/^tags: .*$/m, 'tags: []'));
    const full = await load();
    expect(full.warnings.length).toBeGreaterThan(0);
    const stored = await load();
    expect(stored.stats.mode).toBe('snapshot');
    expect(stored.warnings).toEqual(full.warnings);
  });

  it('is not used once a file is saved, added or deleted, or an image changes', async () => {
    const before = await load();
    await appendFile(fileOf(3), '\nA late paragraph about the harbour.\n');
    const edited = await load();
    expect(edited.stats).toMatchObject({ parsed: 1, mode: 'full' });
    const slug = archive.articles[3]!.slug;
    const words = (loaded: LoadedIndex) => (loaded.result.ok ? loaded.result.value.bySlug.get(slug)?.wordCount : 0);
    expect(words(edited)).toBe((words(before) ?? 0) + 6);
    expect((await load()).stats.mode).toBe('snapshot');

    await rm(fileOf(11)); // nothing links to or pins the newest article
    const deleted = await load();
    expect(deleted.stats.mode).toBe('full');
    expect(deleted.result.ok && deleted.result.value.bySlug.has(archive.articles[11]!.slug)).toBe(false);

    const image = (await readdir(path.join(publicDir, 'images')))[0]!;
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(publicDir, 'images', image), later, later);
    expect((await load()).stats.mode).toBe('full');
  });

  it('is not used when it is torn or altered, and is written again whole', async () => {
    const full = await load();
    const file = await snapshotFile();
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length >> 1));
    const reloaded = await load();
    expect(reloaded.stats.mode).toBe('full');
    expect(answers(reloaded)).toEqual(answers(full));
    expect((await load()).stats.mode).toBe('snapshot');
  });

  it('is never used by the preview, which leaves broken articles out', async () => {
    await load();
    const preview = await loadContentIndex(contentDir, { cacheDir, publicDir, skipBrokenArticles: true });
    expect(preview.stats.mode).toBe('full');
  });

  it('is not kept for content with problems', async () => {
    await writeFile(fileOf(4), '---\ntitle: [unclosed\n---\nBody.\n');
    const broken = await load();
    expect(broken.result.ok).toBe(false);
    expect((await readdir(cacheDir)).some((f) => f.startsWith('index-'))).toBe(false);
    expect((await load()).result.ok).toBe(false);
  });
});
