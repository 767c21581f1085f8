import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedFile } from './generate-archive';

/** Writes generated files into `dir` (which should be empty), creating folders as needed. */
export async function writeArchive(dir: string, files: readonly GeneratedFile[]): Promise<void> {
  const folders = new Set(files.map((f) => path.dirname(path.join(dir, f.path))));
  for (const folder of folders) await mkdir(folder, { recursive: true });
  // In batches: one promise per file at 100,000 articles would open too many files at once.
  for (let i = 0; i < files.length; i += 256) {
    await Promise.all(files.slice(i, i + 256).map((f) => writeFile(path.join(dir, f.path), f.text)));
  }
}
