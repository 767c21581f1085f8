import { cp, mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { openLiveDesk } from '@/lib/live/open-live-desk';
import { refreshSearch, searchArticles } from '@/lib/search/search-articles';
import { FIXTURE_CONTENT } from '../../support/load-fixture-index';

let dir = '';
let clock = new Date('2026-11-20T12:00:00Z');
const reader = () => ({ now: clock, preview: false });
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'live-search-'));
  await cp(FIXTURE_CONTENT, dir, { recursive: true });
  await writeFile(
    path.join(dir, 'articles/storm-live.md'),
    '---\ntitle: Storm live\ndate: 2026-11-20T08:00\nauthor: ada\nsection: news\ntags: [weather]\ntype: live\n---\nThe storm reaches the coast.',
  );
  await mkdir(path.join(dir, 'live/storm-live'), { recursive: true });
  await writeFile(
    path.join(dir, 'live/storm-live/a.md'),
    '---\ntime: 2026-11-20T09:00\ntitle: Quayside flooded\n---\n\nFloodwater reached the bandstand.',
  );
});
afterEach(() => rm(dir, { recursive: true, force: true }));

async function load() {
  const { result } = await loadContentIndex(dir);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const index = result.value;
  return { ...index, live: openLiveDesk(index, dir, { now: () => clock }) };
}
const found = async (index: Awaited<ReturnType<typeof load>>, query: string) =>
  (await searchArticles(index, query, reader())).map((hit) => hit.article.slug);

it('finds a live story by its updates’ titles and text, and by its new updates once refreshed', async () => {
  const index = await load();
  expect(await found(index, 'quayside')).toEqual(['storm-live']);
  expect(await found(index, 'bandstand')).toEqual(['storm-live']);
  expect(await found(index, 'sandbags')).toEqual([]);

  await writeFile(
    path.join(dir, 'live/storm-live/b.md'),
    '---\ntime: 2026-11-20T10:00\n---\n\nSandbags handed out in Gateshead.',
  );
  await unlink(path.join(dir, 'live/storm-live/a.md'));
  clock = new Date(clock.getTime() + 5_000);
  expect(await refreshSearch(index, ['storm-live', 'council-budget'])).toBe(1);
  expect(await found(index, 'sandbags')).toEqual(['storm-live']);
  expect(await found(index, 'bandstand')).toEqual([]);
  // Nothing changed since: nothing is indexed again.
  expect(await refreshSearch(index, ['storm-live'])).toBe(0);
});
