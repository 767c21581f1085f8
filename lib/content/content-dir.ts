import path from 'node:path';

/**
 * The content folder: `CONTENT_DIR` when set (the benchmark points it at a generated archive), else ./content. */
export function resolveContentDir(env: Record<string, string | undefined> = process.env): string {
  // Read at run time, not bundled: tracing it would pull the whole project into the server output.
  return path.resolve(/* turbopackIgnore: true */ env.CONTENT_DIR ?? 'content');
}

/**
 * Where parsed articles are kept between runs: `CONTENT_CACHE_DIR` when set, else ./.cache/content;
 * `CONTENT_CACHE_DIR=off` turns the cache off.
 */
export function resolveParseCacheDir(
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  const dir = env.CONTENT_CACHE_DIR ?? '.cache/content';
  return dir === 'off' ? undefined : path.resolve(/* turbopackIgnore: true */ dir);
}

/** Where cut image crops are kept (lib/images/crop-store.ts): `CROP_CACHE_DIR` when set, else ./.cache/crops. */
export function resolveCropCacheDir(env: Record<string, string | undefined> = process.env): string {
  return path.resolve(/* turbopackIgnore: true */ env.CROP_CACHE_DIR ?? '.cache/crops');
}
