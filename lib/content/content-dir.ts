import path from 'node:path';

/**
 * The content folder: `CONTENT_DIR` when set (the benchmark points it at a generated archive), else ./content. */
export function resolveContentDir(env: Record<string, string | undefined> = process.env): string {
  // Read at run time, not bundled: tracing it would pull the whole project into the server output.
  return path.resolve(/* turbopackIgnore: true */ env.CONTENT_DIR ?? 'content');
}
