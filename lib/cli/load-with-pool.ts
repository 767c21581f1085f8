import { resolveParseCacheDir } from '../content/content-dir';
import { type LoadedIndex, type LoadOptions, loadContentIndex } from '../content/load-content-index';
import { createParsePool } from '../content/parse-pool';

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
