import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  type ArchiveOptions,
  archiveFiles,
  type GeneratedArticle,
  type GeneratedFile,
} from './generate-archive';

// In batches: one promise per file at 100,000 articles would open too many files at once.
const BATCH = 256;

/** Writes generated files into `dir` (which should be empty), creating folders as needed. */
export async function writeArchive(dir: string, files: Iterable<GeneratedFile>): Promise<void> {
  const folders = new Set<string>();
  let batch: GeneratedFile[] = [];
  const flush = async () => {
    for (const file of batch) {
      const folder = path.dirname(path.join(dir, file.path));
      if (!folders.has(folder)) await mkdir(folder, { recursive: true });
      folders.add(folder);
    }
    await Promise.all(batch.map((f) => writeFile(path.join(dir, f.path), f.text)));
    batch = [];
  };
  for (const file of files) {
    batch.push(file);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
}

/**
 * Generates an archive (as generateArchive does) straight into `dir`, holding only what the
 * benchmark needs of each article: the files of a million stories are written as they are made.
 */
export async function writeGeneratedArchive(
  dir: string,
  options: ArchiveOptions,
): Promise<GeneratedArticle[]> {
  const articles: GeneratedArticle[] = [];
  await writeArchive(dir, archiveFiles(options, articles));
  return articles;
}
