import type { ImportProblem, SourceAuthor, SourcePost } from '../source-post';

export type Generator = 'hugo' | 'jekyll' | 'eleventy' | 'astro' | 'zola' | 'unknown';

/** What a static generator's site folder holds, read into the importers' shared shape. */
export interface MarkdownSite {
  generator: Generator;
  /** Articles and pages. */
  posts: SourcePost[];
  /** Every author key the posts use, named from the site's data files where it has them. */
  authors: SourceAuthor[];
  /** Site-level: unreadable files, front matter that does not parse (file and line; the file is skipped). */
  problems: ImportProblem[];
}

/** One file of the site as the pure readers see it: its path inside the site, `/`-separated. */
export interface SiteFile {
  path: string;
  /** The text, for Markdown, data and config files; undefined for images and other assets. */
  text?: string;
  /** When the file last changed: Eleventy's fallback date for an undated post. */
  modified?: Date;
}

/** The settings of the old site that decide its addresses and its layout. */
export interface SiteSettings {
  /** Path prefix the old site was served under (`/blog` for `https://x.example/blog/`), or ''. */
  basePath: string;
  /** Folder of the Markdown content inside the site: `content`, `src/content`, `.` … */
  contentDir: string;
  /** Hugo `[permalinks]`, by section; Jekyll's `permalink` under the key `*`. */
  permalinks: Record<string, string>;
  /** The site's zone for dates written without one (Hugo `timeZone`, Jekyll `timezone`). */
  timeZone?: string;
  /** Eleventy's data folder, relative to the site. */
  dataDir?: string;
}
