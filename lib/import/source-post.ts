/**
 * What every importer reads a source into, whatever the source: a WordPress export's items and a
 * static site's Markdown files both become `SourcePost`s, so one writer turns them into this site's
 * files, one report says what happened, and a second run can tell what it imported before.
 */

/** Where something came from, so a report line can send the editor to it. */
export interface SourceLocation {
  /** The source file, as the editor named it (the export file, or the Markdown file in its site). */
  file: string;
  /** 1-based line in that file, when known. */
  line?: number;
}

/**
 * One line of the report. `fix` is something an editor must act on (the story is incomplete or wrong
 * without it); `note` says what changed on the way (a shortcode converted, a title's markup dropped).
 */
export interface ImportProblem extends SourceLocation {
  severity: 'fix' | 'note';
  /** Stable, kebab-case: `unknown-shortcode`, `missing-image`, `markup-in-title`, `private-post`… */
  code: string;
  message: string;
}

export interface SourceAuthor {
  /** The source's key for the author: a WordPress login, or the name a Markdown file gives. */
  key: string;
  name: string;
  bio?: string;
  email?: string;
}

export interface SourceImage {
  /** As the source refers to it: an absolute URL on the old site, or a path relative to the post. */
  src: string;
  alt?: string;
  caption?: string;
  credit?: string;
}

export interface SourcePost {
  /** Stable across exports: `wp:<post id>`, or `md:<path inside the site>`. Re-runs match by it. */
  sourceId: string;
  kind: 'article' | 'page';
  /** Plain text, entities decoded once, markup reduced to its text. May be empty: the writer reports it. */
  title: string;
  /** The source's slug, decoded (non-Latin kept); empty when the source has none. */
  slug: string;
  /** ISO 8601 with offset where the source has one (`2012-01-07T09:30:00Z`), else a local date-time. */
  date: string;
  updated?: string;
  status: 'published' | 'draft' | 'scheduled';
  /** Authors' keys, matching `SourceAuthor.key`. */
  authors: string[];
  /** WordPress categories, Hugo sections / categories: mapped to sections through import-map.yaml. */
  categories: string[];
  tags: string[];
  /** Plain text. */
  summary?: string;
  featured: boolean;
  image?: SourceImage;
  /** Old addresses that must answer 308: `/2012/01/07/slug/`, `/?p=123`, old slugs. */
  aliases: string[];
  body: {
    format: 'html' | 'markdown';
    text: string;
    /** Where the body starts in its source, for report lines inside it. */
    at: SourceLocation;
  };
  /** Files beside the post (a Hugo page bundle's images): absolute paths, copied under public/images/. */
  assets: string[];
  /** Comments in the source, which are not imported: the report counts them. */
  comments: number;
  /** What the reader found on the way (a private post made a draft, pages joined…). */
  problems: ImportProblem[];
  /** The post's own location in its source (the `<item>` line, or the Markdown file). */
  at: SourceLocation;
}
