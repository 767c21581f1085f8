import { readMarkdownSite, type MarkdownSite } from './markdown-site/read-markdown-site';
import type { ImportSource } from './run-import';

/**
 * Opens a static site's folder (Hugo, Jekyll, Eleventy, Astro, Zola) for import: readMarkdownSite
 * reads it whole (a static site's Markdown is small beside a WordPress export), and the mapping file
 * names its categories, tags, authors and pages as it does WordPress's.
 */
export async function openMarkdownSite(dir: string, shownAs = dir, now = new Date()): Promise<ImportSource> {
  return markdownSiteSource(await readMarkdownSite(dir, { now }), shownAs);
}

/** A read Markdown site as an import source. */
export function markdownSiteSource(site: MarkdownSite, shownAs: string): ImportSource {
  const categories = new Map<string, { count: number }>();
  const tags = new Map<string, number>();
  const pages = new Map<string, string>();
  for (const post of site.posts) {
    if (post.kind === 'page') pages.set(post.slug, post.title);
    for (const c of post.categories) categories.set(c, { count: (categories.get(c)?.count ?? 0) + 1 });
    for (const t of post.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  return {
    generator: site.generator,
    name: shownAs,
    siteTitle: '',
    mapInput: { categories, tags, authors: site.authors, pages },
    total: site.posts.length,
    problems: site.problems,
    stories: async function* () {
      yield* site.posts;
    },
  };
}
