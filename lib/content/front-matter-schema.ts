import { z } from 'zod';

export const MAX_TITLE_LENGTH = 200;
export const MAX_SUMMARY_LENGTH = 600;

export const text = (max: number) => z.string().trim().min(1, 'expected non-empty text').max(max);
export const listOf = <T extends z.ZodType>(item: T) => z.union([item.transform((one) => [one]), z.array(item)]);
/**
 * What a note on a published story is: a `correction` (something was wrong), a `clarification`
 * (something was unclear), an `update` (news since), an `editors-note` (context from the editors).
 * Corrections and clarifications are the public record (/corrections) and change dateModified.
 */
export const CORRECTION_KINDS = ['correction', 'clarification', 'update', 'editors-note'] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];
const correctionSchema = z.strictObject({
  date: z.string(),
  text: text(1000),
  kind: z.enum(CORRECTION_KINDS).default('correction'),
});

/**
 * What kind of story an article is (lib/content/article-types.ts gives each its label and schema.org
 * type). `live` is a live blog: its updates are files of their own under `content/live/<slug>/`.
 */
export const ARTICLE_TYPES = [
  'news',
  'analysis',
  'opinion',
  'editorial',
  'review',
  'explainer',
  'interview',
  'obituary',
  'letter',
  'sponsored',
  'live',
] as const;
export type ArticleType = (typeof ARTICLE_TYPES)[number];
export const LIVE_STATUSES = ['live', 'ended'] as const;
export type LiveStatus = (typeof LIVE_STATUSES)[number];
/** What a review can review, as schema.org names it (its `itemReviewed`). */
export const REVIEWED_TYPES = [
  'Book',
  'Movie',
  'TVSeries',
  'MusicAlbum',
  'MusicRecording',
  'Event',
  'TheaterEvent',
  'Restaurant',
  'Product',
  'VideoGame',
  'CreativeWork',
] as const;
export type ReviewedType = (typeof REVIEWED_TYPES)[number];

/** The front matter an editor writes. Dates stay strings here; parse-article reads them in the site's zone. */
export const frontMatterSchema = z.strictObject({
  title: text(MAX_TITLE_LENGTH),
  date: z.string({ error: 'expected an ISO 8601 date such as 2026-03-14 or 2026-03-14T09:30' }),
  author: listOf(text(80)).refine((a) => a.length > 0, 'expected at least one author id'),
  section: text(80),
  slug: text(120).optional(),
  tags: z.array(text(60)).max(30).default([]),
  summary: text(MAX_SUMMARY_LENGTH).optional(),
  // Checked by explainImagePath, which says what is wrong with a path in words.
  image: text(400).optional(),
  imageAlt: text(400).optional(),
  imageCaption: text(400).optional(),
  imageCredit: text(200).optional(),
  updated: z.string().optional(),
  draft: z.boolean().default(false),
  featured: z.boolean().default(false),
  related: z.array(text(120)).max(12).default([]),
  corrections: z.array(correctionSchema).max(20).default([]),
  type: z.enum(ARTICLE_TYPES).default('news'),
  live: z.strictObject({ status: z.enum(LIVE_STATUSES).default('live') }).optional(),
  /** The id of the story thread this is a part of, from content/series.yaml. */
  series: text(80).optional(),
  /** Sponsored stories only: who paid for it, shown with the "Sponsored" label. */
  sponsor: text(120).optional(),
  /** Reviews only: what is reviewed (the structured data's itemReviewed). */
  reviewed: z
    .strictObject({ name: text(200), type: z.enum(REVIEWED_TYPES).default('CreativeWork') })
    .optional(),
  /**
   * The story's old addresses: old slugs (`council-tax-rise`) or old site paths (`/2012/01/07/x/`,
   * `/?p=123`), each redirected to its current URL for good (lib/content/aliases.ts).
   */
  aliases: z.array(text(400)).max(100).default([]),
  /** Taken down: its URL answers 410 Gone with a short notice, and it leaves every list. */
  removed: z.strictObject({ date: z.string(), reason: text(500).optional() }).optional(),
  /** Where the photo's subject is, as [x, y] from 0 to 1 (the centre by default): crops are cut around it. */
  imageFocus: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).optional(),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;
