import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentSources, SourceFile } from './parse-content';

const MARKDOWN = /\.(md|markdown)$/i;

/** Reads every content file under `contentDir`; paths are shown relative to the working directory. */
export async function loadContent(contentDir: string): Promise<ContentSources> {
  const show = (file: string) => path.relative(process.cwd(), file).split(path.sep).join('/');
  const read = async (file: string): Promise<SourceFile> => ({
    path: show(file),
    text: await readText(file),
  });
  const articleFiles = await listFiles(path.join(contentDir, 'articles'));
  const authorFiles = (await listFiles(path.join(contentDir, 'authors'))).filter((f) => /\.ya?ml$/.test(f));
  return {
    site: await read(path.join(contentDir, 'site.yaml')),
    sections: await read(path.join(contentDir, 'sections.yaml')),
    authors: await Promise.all(authorFiles.map(read)),
    articles: await Promise.all(articleFiles.filter((f) => MARKDOWN.test(f)).map(read)),
    ignored: articleFiles.filter((f) => !MARKDOWN.test(f) && !path.basename(f).startsWith('.')).map(show),
  };
}

/** Reads a file as UTF-8; invalid bytes become U+FFFD, which the parser reports with their line. */
export async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ''; // a missing file reports as empty content
    throw error;
  }
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    const entries = await readdir(dir, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}
