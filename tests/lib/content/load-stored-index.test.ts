import { appendFile, cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateArchive } from '@/lib/bench/generate-archive';
import { writeArchive } from '@/lib/bench/write-archive';
import { type LoadedIndex, loadContentIndex } from '@/lib/content/load-content-index';
import { loadStoredIndex } from '@/lib/content/load-stored-index';
import { indexAnswers } from '../../support/index-answers';

const archive = generateArchive({ articles: 12, seed: 6 });
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

let contentDir = '';
let cacheDir = '';
let publicDir = '';

// Only timers: the ranking of a reloaded index is built a moment after it is first asked for.
beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout'] }));
afterEach(() => void vi.useRealTimers());

beforeEach(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'stored-content-'));
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'stored-cache-'));
  publicDir = await mkdtemp(path.join(os.tmpdir(), 'stored-public-'));
  dirs.push(contentDir, cacheDir, publicDir);
  await writeArchive(contentDir, archive.files);
  await cp(path.resolve('public'), publicDir, { recursive: true });
});

const load = (previous?: LoadedIndex) =>
  loadContentIndex(contentDir, { cacheDir, publicDir, previous, background: true });
const stored = () => loadStoredIndex(contentDir, { cacheDir, publicDir });
const fullLoad = () => loadContentIndex(contentDir, { publicDir, snapshot: false });
const fileOf = (i: number) => path.join(contentDir, archive.articles[i]!.path);

async function answers(loaded: LoadedIndex) {
  if (loaded.result.ok) loaded.result.value.relatedTo(loaded.result.value.articles[0]!.slug);
  vi.runOnlyPendingTimers();
  if (loaded.result.ok) await loaded.result.value.prepareRelated();
  return indexAnswers(loaded);
}

describe('the stored index, read on trust as a server starts', { timeout: 30_000 }, () => {
  it('is the index the checked load stored, with the stamps it was checked against', async () => {
    const full = await load();
    const trusted = await stored();
    expect(trusted?.stats).toEqual({ parsed: 0, reused: 12, mode: 'snapshot' });
    // The folders' listing is not stored: a server's first publish lists every folder again.
    const { listing: _listing, ...stamped } = full.origin;
    expect(trusted?.origin).toEqual({ ...stamped, assumed: true });
    expect(await answers(trusted!)).toEqual(await answers(full));
  });

  it('is read without looking at the files, and the check after it finds an article saved since', async () => {
    await load();
    await appendFile(fileOf(4), '\nA late paragraph about the ferry timetable.\n');
    const trusted = await stored();
    const slug = archive.articles[4]!.slug;
    const words = (loaded?: LoadedIndex) =>
      loaded?.result.ok ? loaded.result.value.bySlug.get(slug)?.wordCount : undefined;
    expect(trusted?.stats.mode).toBe('snapshot');
    const checked = await load(trusted);
    expect(checked.stats).toEqual({ parsed: 1, reused: 11, mode: 'changes' });
    expect(words(checked)).toBe((words(trusted) ?? 0) + 7);
    expect(await answers(checked)).toEqual(await answers(await fullLoad()));
  });

  it('lets the check find articles added and deleted while the server was down', async () => {
    await load();
    const text = await readFile(fileOf(11), 'utf8');
    const added = path.join(contentDir, 'articles', 'written-while-down.md');
    await writeFile(added, text.replace(/^title: .*$/m, 'title: "Written while the server was down"'));
    const trusted = await stored();
    expect(trusted?.result.ok && trusted.result.value.bySlug.has('written-while-down')).toBe(false);
    const checked = await load(trusted);
    expect(checked.stats.mode).toBe('changes');
    expect(checked.result.ok && checked.result.value.bySlug.has('written-while-down')).toBe(true);

    await rm(added);
    const again = await load(checked);
    expect(again.result.ok && again.result.value.bySlug.has('written-while-down')).toBe(false);
    expect(await answers(again)).toEqual(await answers(await fullLoad()));
  });

  it('leaves the stored index as it is when nothing changed', async () => {
    const full = await load();
    const checked = await load(await stored());
    expect(checked.stats.mode).toBe('unchanged');
    expect(checked.origin.signature).toBe(full.origin.signature);
  });

  it('is not used under another site address, after public/ changed, or when there is none', async () => {
    expect(await stored()).toBeUndefined();
    await load();
    expect(await loadStoredIndex(contentDir, { cacheDir, publicDir, siteUrl: 'https://elsewhere.example' })).toBeUndefined();
    expect(await loadStoredIndex(contentDir, { publicDir })).toBeUndefined();
    const image = (await readdir(path.join(publicDir, 'images')))[0]!;
    const later = new Date(Date.now() + 60_000);
    await utimes(path.join(publicDir, 'images', image), later, later);
    expect(await stored()).toBeUndefined();
  });
});
