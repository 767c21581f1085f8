import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { type LoadedIndex, loadContentIndex } from '@/lib/content/load-content-index';
import { prepareSearch, refreshSearch, searchArticles } from '@/lib/search/search-articles';
import type { SearchIndex } from '@/lib/search/search-index';
import { processValue } from '@/lib/state/process-state.mjs';
import { FIXTURE_CONTENT } from '../../support/load-fixture-index';

let dir = '';
let cacheDir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'search-publish-'));
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'search-publish-cache-'));
  await cp(FIXTURE_CONTENT, dir, { recursive: true });
  // A fresh process, whose search index lives in its own cache folder.
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('newsroom.process-state')];
  vi.stubEnv('CONTENT_CACHE_DIR', cacheDir);
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

const reader = { now: new Date('2026-12-01T12:00:00Z'), preview: false };
const story = path.join('articles', 'ferry-story.md');
const write = (body: string) =>
  writeFile(
    path.join(dir, story),
    `---\ntitle: "Ferry timetable"\ndate: 2026-11-20\nauthor: ada\nsection: news\ntags: [council]\n---\n${body}\n`,
  );
async function reload(previous?: LoadedIndex): Promise<LoadedIndex> {
  const loaded = await loadContentIndex(dir, { previous });
  if (!loaded.result.ok) throw new Error(JSON.stringify(loaded.result.problems));
  return loaded;
}
const found = async (loaded: LoadedIndex, query: string) =>
  loaded.result.ok
    ? (await searchArticles(loaded.result.value, query, reader)).map((h) => h.article.slug)
    : [];
// The process's search index, to see which way it was brought in line.
const engine = () => processValue('search-engine', () => ({}) as { index?: SearchIndex }).index;

it('finds a published article by its new words and not its old ones, touching only what changed', async () => {
  await write('Walruses delayed the crossing.');
  const first = await reload();
  expect(await found(first, 'walruses')).toEqual(['ferry-story']);
  const sync = vi.spyOn(engine()!, 'sync');
  const refresh = vi.spyOn(engine()!, 'refresh');

  await write('Puffins nested on the pier.');
  const edited = await reload(first);
  expect(edited.stats.mode).toBe('changes');
  expect(await found(edited, 'puffins')).toEqual(['ferry-story']);
  expect(await found(edited, 'walruses')).toEqual([]);
  expect(refresh).toHaveBeenLastCalledWith(expect.anything(), [], expect.any(String));

  await rm(path.join(dir, story));
  const deleted = await reload(edited);
  expect(deleted.stats.mode).toBe('changes');
  expect(await found(deleted, 'puffins')).toEqual([]);
  expect(refresh).toHaveBeenLastCalledWith(expect.anything(), ['ferry-story'], expect.any(String));
  expect(sync).not.toHaveBeenCalled();
});

it('brings the search index in line with a content index made anew, a deletion included', async () => {
  await write('Walruses delayed the crossing.');
  expect(await found(await reload(), 'walruses')).toEqual(['ferry-story']);
  await rm(path.join(dir, story));
  const fresh = await reload(); // a full load: every article a new object
  expect(await found(fresh, 'walruses')).toEqual([]);
  expect(await found(fresh, 'budget')).toContain('council-budget');
});

it('makes the start-up sync urgent once a reader’s search waits for it, and only then', async () => {
  await write('Walruses delayed the crossing.');
  const { result } = await reload();
  if (!result.ok) throw new Error('the fixture is invalid');
  const syncing = () =>
    processValue('search-engine', () => ({}) as { syncing?: { urgent: boolean } }).syncing;
  const background = prepareSearch(result.value);
  expect(syncing()).toEqual({ urgent: false });
  // The live watcher is not a reader: the sync goes on giving way to requests.
  const live = refreshSearch(result.value, ['ferry-story']);
  expect(syncing()).toEqual({ urgent: false });
  const search = searchArticles(result.value, 'walruses', reader);
  expect(syncing()).toEqual({ urgent: true });
  await Promise.all([background, live]);
  expect((await search).map((h) => h.article.slug)).toEqual(['ferry-story']);
  expect(syncing()).toBeUndefined();
});

it('skips the start-up sync when the index is stamped for the same files, and syncs when one changed', async () => {
  const syncing = () => processValue('search-engine', () => ({}) as { syncing?: object }).syncing;
  // A new process on the same folder and search index: is its first sync under way at once?
  async function restart() {
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('newsroom.process-state')];
    const loaded = await reload();
    if (!loaded.result.ok) throw new Error('the fixture is invalid');
    const ready = prepareSearch(loaded.result.value);
    const synced = syncing() !== undefined;
    await ready;
    return { loaded, synced };
  }
  await write('Walruses delayed the crossing.');
  expect((await restart()).synced).toBe(true);
  const same = await restart();
  expect(same.synced).toBe(false);
  expect(await found(same.loaded, 'walruses')).toEqual(['ferry-story']);
  await write('Puffins nested on the pier.');
  const changed = await restart();
  expect(changed.synced).toBe(true);
  expect(await found(changed.loaded, 'puffins')).toEqual(['ferry-story']);
  expect(await found(changed.loaded, 'walruses')).toEqual([]);
});
