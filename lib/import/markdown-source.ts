import type { ImportSource } from './run-import';

/**
 * Opens a static site's folder (Hugo, Jekyll, Eleventy, Astro, Zola) for import through issue20-md's
 * readMarkdownSite. Until that branch is merged here, it says so.
 */
export async function openMarkdownSite(dir: string): Promise<ImportSource> {
  throw new Error(`the Markdown site reader (lib/import/markdown-site/) is not in this build yet; cannot read ${dir}`);
}
