import { resolveParseCacheDir } from '../content/content-dir';
import {
  type LoadedIndex,
  type LoadOptions,
  loadContentIndex,
  sortProblems,
} from '../content/load-content-index';
import { createParsePool } from '../content/parse-pool';
import { openLiveDesk } from '../live/open-live-desk';

/**
 * Loads the content index as the command-line tools do: with the parse cache, and articles not in it
 * parsed by a worker per core. The Next.js server loads the same cache in its own process.
 */
export async function loadWithPool(contentDir: string, options: LoadOptions = {}): Promise<LoadedIndex> {
  const pools: ReturnType<typeof createParsePool>[] = [];
  try {
    return await loadContentIndex(contentDir, {
      cacheDir: resolveParseCacheDir(),
      siteUrl: process.env.SITE_URL,
      ...options,
      createParseMany: (treeRoot, parser) => {
        const pool = createParsePool(treeRoot, parser);
        pools.push(pool);
        return pool.parseMany;
      },
    });
  } finally {
    await Promise.all(pools.map((pool) => pool.close()));
  }
}

/**
 * The loaded index, failed with the problems of content/live/ when it has any, and with the warnings
 * of its update files beside the articles': the tools report live updates with the rest of the content
 * (the server, by contrast, leaves a broken update out).
 */
export function withLiveProblems(
  loaded: Pick<LoadedIndex, 'result' | 'warnings'>,
  contentDir: string,
  publicDir?: string,
): Pick<LoadedIndex, 'result' | 'warnings'> {
  if (!loaded.result.ok) return loaded;
  const { problems, warnings } = openLiveDesk(loaded.result.value, contentDir, { publicDir }).check();
  return {
    result: problems.length === 0 ? loaded.result : { ok: false, problems: sortProblems(problems) },
    warnings: sortProblems([...loaded.warnings, ...warnings]),
  };
}
