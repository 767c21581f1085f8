import { CONTENT_CHANGED_PATH, changedArticlePath } from '../cache/content-changed.mjs';
import type { Article } from '../content/article';
import type { RevalidateRequest } from './parse-revalidate-request';

// Next.js's limit on a revalidatePath path (NEXT_CACHE_SOFT_TAG_MAX_LENGTH).
const MAX_PATH_LENGTH = 1024;

/** One `revalidatePath(path, type)` call: a URL, or with a type, every page of a route pattern. */
export interface RevalidationTarget {
  path: string;
  type?: 'page' | 'layout';
}

/**
 * The list pages, feeds and sitemaps that any article change can alter. Route patterns, not URLs, so
 * one entry reaches every section, tag, author and month: `page` expires that one route, `layout`
 * the route and everything under it (feeds and sitemaps are route handlers, reached through their
 * folder's layout). Article pages are deliberately not among them: `/[section]` with `layout` would
 * expire every story on the site.
 */
export const LIST_ROUTES: readonly RevalidationTarget[] = [
  { path: '/', type: 'page' },
  { path: '/page/[page]', type: 'page' },
  { path: '/[section]', type: 'page' },
  { path: '/[section]/page/[page]', type: 'page' },
  { path: '/[section]/feed.xml', type: 'layout' },
  { path: '/[section]/atom.xml', type: 'layout' },
  { path: '/[section]/feed.json', type: 'layout' },
  { path: '/tags', type: 'layout' },
  { path: '/series/[series]', type: 'page' },
  { path: '/opinion', type: 'layout' },
  { path: '/corrections', type: 'layout' },
  { path: '/authors', type: 'layout' },
  { path: '/archive', type: 'layout' },
  { path: '/feed.xml', type: 'layout' },
  { path: '/atom.xml', type: 'layout' },
  { path: '/feed.json', type: 'layout' },
  { path: '/sitemap.xml', type: 'layout' },
  { path: '/sitemaps', type: 'layout' },
  { path: '/news-sitemap.xml', type: 'layout' },
];

/**
 * What to revalidate for a request, always with CONTENT_CHANGED_PATH so every instance reloads its
 * content (and, for named slugs, a changedArticlePath each, so they know which files to stamp). `all` expires every page under the root layout, which suits
 * changes to the site config, sections or authors. `slugs` expires each named article where it is now
 * and where it was before the edit (a story can move section or be withdrawn), plus every list, feed
 * and sitemap; other articles keep their pages until their own revalidate time, even if their
 * related-stories box mentions the changed headline.
 * @example revalidationTargets({ all: true }, []).targets // [{ path: '/', type: 'layout' }, { path: '/_content-index' }]
 */
export function revalidationTargets(
  request: RevalidateRequest,
  indexes: ReadonlyArray<{
    bySlug: ReadonlyMap<string, Pick<Article, 'section' | 'slug'> & Partial<Pick<Article, 'type'>>>;
  }>,
): { targets: RevalidationTarget[]; unknownSlugs: string[] } {
  const contentChanged = { path: CONTENT_CHANGED_PATH };
  if (request.all) return { targets: [{ path: '/', type: 'layout' }, contentChanged], unknownSlugs: [] };
  const articlePaths = new Set<string>();
  const livePaths = new Set<string>();
  const unknownSlugs: string[] = [];
  for (const slug of new Set(request.slugs)) {
    const found = indexes.map((index) => index.bySlug.get(slug)).filter((article) => article !== undefined);
    if (found.length === 0) unknownSlugs.push(slug);
    for (const article of found) {
      articlePaths.add(`/${article.section}/${article.slug}`);
      if (article.type === 'live') livePaths.add(`/${article.section}/${article.slug}`);
    }
  }
  const articles = [...articlePaths].flatMap((path) => [{ path }, { path: `${path}/opengraph-image` }]);
  const live = [...livePaths].flatMap(livePages);
  // Every slug named, known or new: the other instances stamp those stories' files. All or none:
  // Next.js drops a path over 1,024 characters, and a list missing one would hide its edit; with
  // none, the others stamp every file.
  const paths = [...new Set(request.slugs)].map((slug) => ({ path: changedArticlePath(slug) }));
  const named = paths.every((p) => p.path.length <= MAX_PATH_LENGTH) ? paths : [];
  return { targets: [...articles, ...live, ...LIST_ROUTES, ...named, contentChanged], unknownSlugs };
}

/**
 * What a change to live stories' update files expires: each story's pages and feeds of updates, and
 * every list (their cards show the latest update's time). Not the content: every instance's live desk
 * reads the same folders, so none needs to reload its index.
 */
export function liveRevalidationTargets(
  stories: ReadonlyArray<Pick<Article, 'section' | 'slug'>>,
): RevalidationTarget[] {
  return [...stories.flatMap((story) => livePages(`/${story.section}/${story.slug}`)), ...LIST_ROUTES];
}

// A live story is rendered under app/%5Flive (its pages) and has feeds of its updates.
function livePages(path: string): RevalidationTarget[] {
  return [
    { path: `/_live${path}`, type: 'layout' },
    ...['feed.xml', 'atom.xml', 'feed.json'].map((file) => ({ path: `${path}/${file}` })),
  ];
}
