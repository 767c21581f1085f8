import { z } from 'zod';

import { ROUTE_PATTERNS } from '../routing/route-table';

/**
 * Top-level names a section may not take: the first segment of every route of the site (from the
 * router's table, so a new route is reserved by itself), folders of public/ and Next.js's own, and
 * names readers and crawlers try for feeds and sitemaps.
 */
export const RESERVED_SECTION_SLUGS = [
  ...new Set([
    ...ROUTE_PATTERNS.map((pattern) => pattern.split('/')[1] ?? '').filter((first) => first && !first.startsWith('[')),
    ...['images', 'fonts', 'authors', '_next', 'static', 'feed', 'feeds', 'rss', 'atom', 'sitemap', 'robots', 'icon', 'manifest', 'news-sitemap'],
  ]),
];

export const sectionSchema = z.strictObject({
  slug: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case letters, digits and hyphens')
    .refine(
      (s) => !RESERVED_SECTION_SLUGS.includes(s),
      'expected a slug the site does not use for its own pages',
    ),
  name: z.string().trim().min(1).max(60),
  description: z.string().trim().min(1).max(300),
  order: z.number().int(),
});

/** `content/sections.yaml`: a list of sections. */
export const sectionsFileSchema = z.array(sectionSchema).min(1);

export type Section = z.infer<typeof sectionSchema>;
