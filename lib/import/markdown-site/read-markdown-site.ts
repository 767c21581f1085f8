import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { readSiteFiles } from './read-site-files';
import type { MarkdownSite, SiteFile } from './site-types';

export type { MarkdownSite } from './site-types';

const TEXT = /\.(?:md|markdown|mdx|html?|ya?ml|toml|json|[cm]?[jt]s)$/i;
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  '.git',
  '_site',
  'public',
  'dist',
  'resources',
  '.next',
  '.cache',
]);
const MAX_TEXT_BYTES = 2_000_000;

/**
 * Reads a static generator's site folder (Hugo, Jekyll, Eleventy, Astro, Zola, or any folder of
 * Markdown) into SourcePosts, their authors and the site's problems; the only part of the Markdown
 * importer that touches the disk. `now` decides which posts are scheduled.
 */
export async function readMarkdownSite(dir: string, options: { now?: Date } = {}): Promise<MarkdownSite> {
  const unreadable: string[] = [];
  const files: SiteFile[] = [];
  for (const relative of await listFiles(dir, '', unreadable)) {
    const full = path.join(dir, relative);
    if (!TEXT.test(relative)) {
      files.push({ path: relative });
      continue;
    }
    try {
      const info = await stat(full);
      const text = info.size <= MAX_TEXT_BYTES ? await readFile(full, 'utf8') : undefined;
      files.push({
        path: relative,
        text: text?.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'),
        modified: info.mtime,
      });
    } catch {
      files.push({ path: relative });
    }
  }
  const site = readSiteFiles(files, {
    root: dir,
    now: options.now ?? new Date(),
    absolute: (relative) => path.resolve(dir, relative),
  });
  const folders = unreadable.map((folder) => ({
    severity: 'fix' as const,
    code: 'unreadable-folder',
    file: folder ? path.join(dir, folder) : dir,
    message: folder
      ? 'expected a folder the importer can read; its files were not imported'
      : 'expected the folder of a site (its config and Markdown files); it could not be read, so nothing was imported',
  }));
  return { ...site, problems: [...folders, ...site.problems] };
}

// Paths inside the site, `/`-separated, skipping build output and dependencies; a folder that cannot
// be read is listed in `unreadable` ('' for the site's own).
async function listFiles(dir: string, prefix: string, unreadable: string[]): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  } catch {
    unreadable.push(prefix);
    return [];
  }
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
      if (entry.isDirectory())
        return SKIPPED_FOLDERS.has(entry.name) ? [] : listFiles(dir, relative, unreadable);
      return entry.isFile() ? [relative] : [];
    }),
  );
  return nested.flat();
}
