import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { prepareContent } from '@/lib/cli/prepare-content';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { loadStoredIndex } from '@/lib/content/load-stored-index';
import { openLiveDesk } from '@/lib/live/open-live-desk';
import { prepareSearch, searchArticles } from '@/lib/search/search-articles';
import { processValue } from '@/lib/state/process-state.mjs';

let dir = '';
let cacheDir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'prepare-content-'));
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'prepare-content-cache-'));
  await cp(path.resolve('content'), dir, { recursive: true });
  vi.stubEnv('CONTENT_DIR', dir);
  vi.stubEnv('CONTENT_CACHE_DIR', cacheDir);
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('newsroom.process-state')];
});
afterEach(async () => {
  vi.unstubAllEnvs();
  await rm(dir, { recursive: true, force: true });
  await rm(cacheDir, { recursive: true, force: true });
});

it('leaves a search index that a server started on the build takes as it is, live updates included', async () => {
  const report = await prepareContent(dir);
  expect(report.exitCode, report.output).toBe(0);

  // The server's start, in a new process: the stored index, then the folder listed against it.
  delete (globalThis as Record<symbol, unknown>)[Symbol.for('newsroom.process-state')];
  const stored = await loadStoredIndex(dir, { cacheDir });
  const loaded = await loadContentIndex(dir, { cacheDir, previous: stored, changedSlugs: [] });
  if (!loaded.result.ok) throw new Error(JSON.stringify(loaded.result.problems));
  expect(loaded.stats.mode).not.toBe('full');
  const index = { ...loaded.result.value, live: openLiveDesk(loaded.result.value, dir) };
  const ready = prepareSearch(index);
  expect(processValue('search-engine', () => ({}) as { syncing?: object }).syncing).toBeUndefined();
  await ready;

  // Found by a word only its updates hold: the build indexed live stories by their updates too, so
  // the server, whose index has them, found nothing to sync.
  const live = index.articles.find(
    (a) => a.type === 'live' && (index.live.coverage(a.slug)?.updates.length ?? 0) > 0,
  );
  if (!live) throw new Error('the sample content has no live story with updates');
  const own = `${live.title} ${live.summary} ${index.bodyStart(live.slug)}`.toLowerCase();
  const updates = index.live
    .coverage(live.slug)!
    .updates.map((u) => u.text)
    .join(' ');
  const word = updates.match(/\p{L}{6,}/gu)?.find((w) => !own.includes(w.toLowerCase()));
  if (!word) throw new Error(`no word of ${live.slug}'s updates is missing from the story itself`);
  const hits = await searchArticles(index, word, { now: new Date(), preview: true });
  expect(hits.map((h) => h.article.slug)).toContain(live.slug);
});
