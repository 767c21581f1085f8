import { z } from 'zod';

// Top-level paths the site itself uses; a section there would shadow them.
export const RESERVED_SECTION_SLUGS = [
  'api',
  'archive',
  'authors',
  'tags',
  'search',
  'feed',
  'feeds',
  'page',
  'about',
  'sitemap',
  'robots',
  'sitemaps',
  'images',
  'icon',
  'manifest',
  'news-sitemap',
  'rss',
  'atom',
  'static',
  '_next',
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
