import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { loadWithPool } from '../cli/load-with-pool';
import { median } from './median';

export interface IndexLoadFigures {
  coldMs: number;
  warmMs: number;
  coldSamples: number[];
  warmSamples: number[];
  articles: number;
}

/**
 * Times loading the content index as `npm run build` does: cold (an empty parse cache, so every
 * article is parsed, by a worker per core) `coldRuns` times, then warm (the cache the last cold run
 * filled, read in this process) `warmRuns` times. A warm load reads the index snapshot the last
 * load stored (index-snapshot.ts), as a server started on that build does.
 */
export async function measureIndexLoad(
  contentDir: string,
  publicDir: string,
  scratchDir: string,
  coldRuns: number,
  warmRuns: number,
  /** A cache a build already filled, for warm runs only (coldRuns 0); it is left in place. */
  filledCacheDir?: string,
): Promise<IndexLoadFigures> {
  const coldSamples: number[] = [];
  const warmSamples: number[] = [];
  let cacheDir = filledCacheDir ?? '';
  let articles = 0;
  const load = async (samples: number[]) => {
    const started = performance.now();
    const { result } = await loadWithPool(contentDir, { cacheDir, publicDir });
    samples.push(performance.now() - started);
    if (!result.ok)
      throw new Error(`the generated archive did not load: ${JSON.stringify(result.problems.slice(0, 3))}`);
    articles = result.value.articles.length;
  };
  for (let run = 0; run < coldRuns; run++) {
    if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
    cacheDir = await mkdtemp(path.join(scratchDir, 'index-cache-'));
    await load(coldSamples);
  }
  for (let run = 0; run < warmRuns; run++) await load(warmSamples);
  if (!filledCacheDir) await rm(cacheDir, { recursive: true, force: true });
  return { coldMs: median(coldSamples), warmMs: median(warmSamples), coldSamples, warmSamples, articles };
}
