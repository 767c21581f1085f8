import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * A cheap fingerprint of a folder: every file's path, size and modification time. It changes whenever
 * an editor saves, adds, renames or deletes a file, so `next dev` can reload content without a watcher.
 */
export async function contentSignature(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  const files = entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
  const stats = await Promise.all(
    files.map(async (file) =>
      stat(file).then(
        (s) => `${file}:${s.size}:${s.mtimeMs}`,
        () => '',
      ),
    ),
  );
  return stats.sort().join('\n');
}
