import type { Article, Tag } from '../content/article';
import { articlePath } from '../content/article-summary';
import type { Author } from '../content/author-schema';
import type { ContentIndex } from '../content/content-index';
import { visibleArticles } from '../content/queries';
import type { Section } from '../content/section-schema';
import { type Audience, isRemoved, isVisible } from '../content/visibility';
import { pathKey, pathSegments, slugKey } from '../content/aliases';
import type { FeedFormat } from '../feeds/build-feed';
import { hasStandingPage, STANDING_PAGES } from '../content/standing-pages';
import { filterByMonth } from '../lists/group-by-month';
import { correctionsPage } from '../lists/corrections-log';
import { seriesParts } from '../lists/series-parts';
import { opinionArticles } from '../lists/type-lists';
import { parsePageNumber } from '../lists/paginate';
import { selectPage } from '../lists/select-page';
import { pageOfUpdate, updatesOnPage } from '../live/update-pages';
import { parseCropFileName } from '../images/crops';
import { EMBED_PROVIDERS, type EmbedProvider } from '../embeds/embed-url';
import { matchPattern, PATTERNS_IN_ORDER, type RoutePattern, ROUTES } from './route-table';

/** A list of articles the site has pages and feeds for. */
export type ListName =
  | { type: 'home' }
  | { type: 'section'; section: Section }
  | { type: 'tag'; tag: Tag }
  | { type: 'author'; author: Author }
  | { type: 'month'; year: string; month: string }
  /** Opinion, editorials and letters from every section. */
  | { type: 'opinion' };

/** A list with what its audience may see of it, newest first, and its address. */
export interface ListRoute {
  name: ListName;
  articles: Article[];
  basePath: string;
  /** Home and section pages lift their lead story out of page 1. */
  withLead: boolean;
}

/** What a path is, decided in one place for proxy.ts, every page and every route handler. */
export type Route =
  /** `page`: an older page of a live story's updates; `format`: a feed of them. */
  | { kind: 'article'; pattern: RoutePattern; article: Article; page?: number; format?: FeedFormat }
  | { kind: 'list'; pattern: RoutePattern; list: ListRoute; page: number }
  | { kind: 'feed'; pattern: RoutePattern; list: ListRoute; format: FeedFormat }
  | { kind: 'page'; pattern: RoutePattern }
  | { kind: 'file'; pattern?: RoutePattern }
  | { kind: 'redirect'; location: string; status: 308 | 302 }
  /** A story taken down (its `removed`): answered 410 Gone with a short notice. */
  | { kind: 'gone'; article: Article }
  | { kind: 'missing' };

const FEEDS: Record<string, FeedFormat> = { 'feed.xml': 'rss', 'atom.xml': 'atom', 'feed.json': 'json' };
const MISSING: Route = { kind: 'missing' };

/**
 * Decides what a path is from the content index alone: an article (or the redirect to its one
 * address), a page of a list (page 1 of a list has one address: `/page/1` redirects), a feed, a
 * fixed page, a file, or missing, for an audience (readers see only what is published). Paths are
 * matched against the app/ tree's routes (route-table.ts), then checked against the content.
 * @example routePath('/news/page/1', index, audience) // { kind: 'redirect', location: '/news', status: 308 }
 */
export function routePath(pathname: string, index: ContentIndex, audience: Audience, search = ''): Route {
  const segments = pathSegments(pathname).map(safeDecode);
  // An old address with a query (WordPress's `/?p=123`) is an alias before it is anything else.
  const query = search.replace(/^\?/, '');
  const byQuery = query && index.aliases.size > 0 ? index.aliases.get(pathKey(segments, query)) : undefined;
  if (byQuery) return aliasRoute(byQuery, audience);
  const route = routeSegments(segments, index, audience);
  if (route.kind !== 'missing' || index.aliases.size === 0) return route;
  const alias =
    index.aliases.get(pathKey(segments)) ??
    (segments.length === 2 && index.sections.some((s) => s.slug === segments[0])
      ? index.aliases.get(slugKey(segments[1] ?? ''))
      : undefined);
  return alias ? aliasRoute(alias, audience) : route;
}

/**
 * What a path is by the app's routes and the content alone, aliases aside: the content check asks
 * it whether an alias would shadow a page.
 */
export function routeSegments(segments: readonly string[], index: ContentIndex, audience: Audience): Route {
  // As in Next.js, a file in public/ wins over a dynamic route (`/logo.png` is not a section).
  if (segments[0] === '_next' || index.publicFiles.has(`/${segments.join('/')}`)) return { kind: 'file' };
  for (const pattern of PATTERNS_IN_ORDER) {
    const params = matchPattern(pattern, segments);
    if (params) return resolve(pattern, params, index, audience);
  }
  return MISSING;
}

// An old address leads, for good, to where the story is now; a story taken down is gone from there too.
function aliasRoute(article: Article, audience: Audience): Route {
  if (isRemoved(article, audience)) return { kind: 'gone', article };
  if (!isVisible(article, audience)) return MISSING;
  return { kind: 'redirect', location: encodeURI(articlePath(article)), status: 308 };
}

function resolve(
  pattern: RoutePattern,
  params: Record<string, string>,
  index: ContentIndex,
  audience: Audience,
): Route {
  const role = ROUTES[pattern];
  if (role === 'internal') return MISSING;
  if (role === 'article' || pattern.startsWith('/[section]/[slug]/'))
    return resolveArticle(pattern, params, index, audience);
  const standing = STANDING_PAGES.find((page) => pattern === `/${page.slug}`);
  if (standing) return hasStandingPage(index, standing.slug) ? { kind: 'page', pattern } : MISSING;
  if (pattern === '/series/[series]')
    return seriesParts(index, params.series ?? '', audience).length > 0 &&
      index.series.has(params.series ?? '')
      ? { kind: 'page', pattern }
      : MISSING;
  if (pattern === '/corrections/page/[page]') {
    const page = parsePageNumber(params.page);
    if (page === 1) return { kind: 'redirect', location: '/corrections', status: 308 };
    return page && correctionsPage(index, audience, page) ? { kind: 'page', pattern } : MISSING;
  }
  if (pattern === '/embed/[provider]')
    return EMBED_PROVIDERS[params.provider as EmbedProvider]?.frameOrigin ? { kind: 'page', pattern } : MISSING;
  if (role === 'page') return { kind: 'page', pattern };
  if (pattern === '/sitemaps/sitemap/[__metadata_id__]')
    return /^\d{1,4}\.xml$/.test(params.__metadata_id__ ?? '') ? { kind: 'file', pattern } : MISSING;
  // A section's social card exists when its section does; the other files always do.
  const list = role === 'file' && !params.section ? undefined : findList(pattern, params, index, audience);
  if (role === 'file') return params.section && !list ? MISSING : { kind: 'file', pattern };
  if (!list) return MISSING;
  const format = FEEDS[pattern.split('/').at(-1) ?? ''];
  if (role === 'feed' && format) return { kind: 'feed', pattern, list, format };
  if (params.page === undefined) return { kind: 'list', pattern, list, page: 1 };
  const page = parsePageNumber(params.page);
  if (page === 1) return { kind: 'redirect', location: encodeURI(list.basePath), status: 308 };
  if (page === undefined || !selectPage(list.articles, page, list.withLead)) return MISSING;
  return { kind: 'list', pattern, list, page };
}

function resolveArticle(
  pattern: RoutePattern,
  params: Record<string, string>,
  index: ContentIndex,
  audience: Audience,
): Route {
  const { section = '', slug = '' } = params;
  const found = index.bySlug.get(slug);
  if (found && isRemoved(found, audience) && index.sections.some((s) => s.slug === section))
    return pattern === '/[section]/[slug]' ? { kind: 'gone', article: found } : MISSING;
  const article = visibleArticles(
    [index.bySlug.get(slug)].filter((a) => a !== undefined),
    audience,
  )[0];
  if (!article || !index.sections.some((s) => s.slug === section)) return MISSING;
  if (article.section === section) {
    if (pattern === '/[section]/[slug]' || pattern === '/[section]/[slug]/opengraph-image')
      return { kind: 'article', pattern, article };
    if (pattern === '/[section]/[slug]/images/[crop]')
      return article.image?.width && parseCropFileName(params.crop ?? '', article.image)
        ? { kind: 'article', pattern, article }
        : MISSING;
    return resolveLive(pattern, article, params, index);
  }
  // A story asked for under another section has one address, which it redirects to.
  return pattern === '/[section]/[slug]'
    ? { kind: 'redirect', location: encodeURI(articlePath(article)), status: 308 }
    : MISSING;
}

// The paths under a live story: its older pages, its feeds and its updates' permanent links, each
// there only while the desk has what it names.
function resolveLive(
  pattern: RoutePattern,
  article: Article,
  params: Record<string, string>,
  index: ContentIndex,
): Route {
  const coverage = article.type === 'live' ? index.live?.coverage(article.slug) : undefined;
  if (!coverage) return MISSING;
  const format = FEEDS[pattern.split('/').at(-1) ?? ''];
  if (format) return { kind: 'article', pattern, article, format };
  if (pattern === '/[section]/[slug]/page/[page]') {
    const page = parsePageNumber(params.page);
    return page !== undefined && updatesOnPage(coverage.updates, page)
      ? { kind: 'article', pattern, article, page }
      : MISSING;
  }
  if (pattern === '/[section]/[slug]/updates/[update]') {
    const at = coverage.updates.findIndex((u) => u.id === params.update);
    const update = coverage.updates[at];
    if (!update) return MISSING;
    // Found, not moved for good: the update moves from the story's URL to a numbered page as the blog grows.
    const page = pageOfUpdate(coverage.updates.length, at);
    const base = articlePath(article);
    return {
      kind: 'redirect',
      location: `${encodeURI(page ? `${base}/page/${page}` : base)}#update-${update.id}`,
      status: 302,
    };
  }
  return MISSING;
}

function findList(
  pattern: RoutePattern,
  params: Record<string, string>,
  index: ContentIndex,
  audience: Audience,
): ListRoute | undefined {
  const visible = (list: readonly Article[] | undefined) => visibleArticles(list, audience);
  if (pattern === '/' || pattern === '/page/[page]' || FEEDS[pattern.slice(1)])
    return { name: { type: 'home' }, articles: visible(index.articles), basePath: '/', withLead: true };
  const [, first] = pattern.split('/');
  if (first === '[section]') {
    const section = index.sections.find((s) => s.slug === params.section);
    if (!section) return undefined;
    return {
      name: { type: 'section', section },
      articles: visible(index.bySection.get(section.slug)),
      basePath: `/${section.slug}`,
      withLead: true,
    };
  }
  if (first === 'opinion')
    return {
      name: { type: 'opinion' },
      articles: visible(opinionArticles(index)),
      basePath: '/opinion',
      withLead: false,
    };
  if (first === 'tags') {
    const articles = visible(index.byTag.get(params.tag ?? ''));
    const tag = articles[0]?.tags.find((t) => t.slug === params.tag);
    return tag && { name: { type: 'tag', tag }, articles, basePath: `/tags/${tag.slug}`, withLead: false };
  }
  if (first === 'authors') {
    const author = index.authors.get(params.author ?? '');
    return (
      author && {
        name: { type: 'author', author },
        articles: visible(index.byAuthor.get(author.id)),
        basePath: `/authors/${author.id}`,
        withLead: false,
      }
    );
  }
  if (first === 'archive') {
    const { year = '', month = '' } = params;
    if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) return undefined;
    const articles = filterByMonth(visible(index.articles), `${year}-${month}`, index.site.timeZone);
    return articles.length > 0
      ? {
          name: { type: 'month', year, month },
          articles,
          basePath: `/archive/${year}/${month}`,
          withLead: false,
        }
      : undefined;
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
