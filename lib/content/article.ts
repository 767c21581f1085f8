import type { ElementContent } from 'hast';
import type { ArticleType, CorrectionKind, LiveStatus, ReviewedType } from './front-matter-schema';

/** A tag as an editor wrote it, with the slug its URL uses. */
export interface Tag {
  slug: string;
  name: string;
}

export interface LeadImage {
  /** A path under public/, e.g. `/images/harbour.jpg`. */
  src: string;
  alt: string;
  /** Intrinsic size, read from the file when the content is loaded, so nothing shifts as it arrives. */
  width?: number;
  height?: number;
  /** File size, read with the intrinsic size, so the content check can flag needlessly heavy files. */
  bytes?: number;
  caption?: string;
  credit?: string;
  /** Where the subject is, [x, y] from 0 to 1: the crops of the photo are cut around it. */
  focus?: [number, number];
}

/** An image in the body, written `![alt](/images/x.jpg "Caption")`; measured like the lead image. */
export interface BodyImage {
  src: string;
  alt: string;
  /** The line of the image in the article's file. */
  line?: number;
  width?: number;
  height?: number;
}

/** A dated note on a published story: a correction, clarification, update or editor's note. */
export interface Correction {
  /** ISO 8601 instant (UTC). */
  date: string;
  kind: CorrectionKind;
  /** As plain text: for feeds, structured data and the notice under the byline. */
  text: string;
  /** As the editor wrote it, inline Markdown (links, emphasis), sanitised: what the page renders. */
  inline: ElementContent[];
}

/**
 * An article's metadata: everything lists, feeds and ranking need. The body tree is not here: it was
 * stored under `bodyKey` when the file was parsed, and a page loads it from there, so the index
 * stays small for a large archive.
 */
export interface Article {
  slug: string;
  /** Path of the source file, relative to the project, e.g. `content/articles/2026/x.md`. */
  file: string;
  title: string;
  section: string;
  authors: string[];
  tags: Tag[];
  summary: string;
  /** ISO 8601 instants (UTC). */
  date: string;
  updated?: string;
  /** Images in the body, by position; their sizes let next/image reserve space for them. */
  bodyImages: BodyImage[];
  image?: LeadImage;
  draft: boolean;
  featured: boolean;
  /** Slugs the editor pinned, in the editor's order. */
  related: string[];
  corrections: Correction[];
  wordCount: number;
  readingMinutes: number;
  /** Slugs of articles this one links to in its body. */
  linksTo: string[];
  /** Where the sanitised body tree is stored: the hash of the body's text. */
  bodyKey: string;
  /** `news` unless the editor said otherwise; a `live` story's updates are in `content/live/<slug>/`. */
  type: ArticleType;
  /** Live stories only. */
  live?: { status: LiveStatus };
  /** The id of the series (content/series.yaml) it is a part of. */
  series?: string;
  /** Sponsored stories only (required there): who paid for it. */
  sponsor?: string;
  /** Reviews only, when the story says: what it reviews. */
  reviewed?: { name: string; type: ReviewedType };
  /** Old addresses, as keys the router looks up (aliases.ts): `/old/path`, `/?p=1`, or `slug:old-slug`. */
  aliases?: string[];
  /** Taken down: the URL answers 410 Gone and the story is in no list. `date` is an ISO instant. */
  removed?: { date: string; reason?: string };
}

/** A parsed article plus the start of its text, which the index uses for search and ranking. */
export interface ParsedArticle {
  article: Article;
  /**
   * The body's first BODY_START_LENGTH characters as plain text. A news story leads with what it is
   * about, so search and related ranking read only this: the index stays small however long stories are.
   */
  bodyStart: string;
  /** Links to other pages of the site as written (`/section/slug`, `/tags/x`), checked once every page is known. */
  /**
   * Site-relative links, checked by the index: the body's, and its notes' (`field`, and `from`, the
   * note's date: a story it links to must be out by then).
   */
  internalLinks: { url: string; line?: number; field?: string; from?: string }[];
  /** The file line of each top-level front-matter key the editor wrote, for warnings that point at it. */
  fieldLines?: ReadonlyMap<string, number>;
}
