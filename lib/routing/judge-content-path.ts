import type { Article } from '../content/article';
import type { ContentIndex } from '../content/content-index';
import { visibleArticles } from '../content/queries';
import type { Audience } from '../content/visibility';
import { filterByMonth } from '../lists/group-by-month';
import { PAGE_SIZE } from '../lists/paginate';

/** What a content URL names: a known page, a page that cannot exist, or a path this module does not judge. */
export type PathVerdict = 'exists' | 'missing' | 'not-content';

// Dot-less routes a section answers besides its list and its articles (feeds have a dot).
const SECTION_FILES = new Set(['opengraph-image']);
// First path segments the site serves that are not sections (routes and folders of public/).
const SITE_ROUTES = new Set([
  'tags',
  'authors',
  'archive',
  'search',
  'about',
  'page',
  'api',
  'sitemaps',
  'images',
  'fonts',
  '_next',
]);

/**
 * Judges whether a path under the site's content routes can exist, from the content index alone.
 * The proxy sends every "missing" path to one shared 404, so the page cache holds one not-found
 * page instead of one per URL a crawler or an attacker invents.
 */
export function judgeContentPath(pathname: string, index: ContentIndex, audience: Audience): PathVerdict {
  const segments = pathname.split('/').slice(1).map(safeDecode);
  // Files (/logo.png, /feed.xml, /authors/x.png) have a dot; their routes and public/ answer them.
  if (segments.some((s) => s.includes('.'))) return 'not-content';
  const pageAt = segments.length >= 2 && segments.at(-2) === 'page' ? segments.length - 2 : -1;
  const listSegments = pageAt >= 0 ? segments.slice(0, pageAt) : segments;
  const page = pageAt >= 0 ? Number(segments.at(-1)) : 1;
  const visible = (list: readonly Article[] | undefined) => visibleArticles(list, audience);
  const withinPages = (list: readonly Article[]): PathVerdict =>
    Number.isInteger(page) && page >= 1 && (page - 1) * PAGE_SIZE < list.length ? 'exists' : 'missing';

  const [first = '', second, third, ...rest] = listSegments;
  if (first === '') return pageAt >= 0 ? withinPages(visible(index.articles)) : 'not-content';
  if (index.sections.some((s) => s.slug === first)) {
    if (second === undefined) return withinPages(visible(index.bySection.get(first)));
    if (third !== undefined || pageAt >= 0) return 'not-content';
    if (SECTION_FILES.has(second)) return 'exists';
    // Drafts and scheduled stories are judged by their page: a bounded set of URLs.
    return index.bySlug.has(second) ? 'not-content' : 'missing';
  }
  if (!SITE_ROUTES.has(first)) return segments.length <= 2 ? 'missing' : 'not-content';
  if (first === 'tags' && second !== undefined && third === undefined)
    return withinPages(visible(index.byTag.get(second)));
  if (first === 'authors' && second !== undefined && third === undefined) {
    return index.authors.has(second) ? withinPages(visible(index.byAuthor.get(second))) : 'missing';
  }
  if (first === 'archive' && second !== undefined && third !== undefined && rest.length === 0) {
    if (!/^\d{4}$/.test(second) || !/^(0[1-9]|1[0-2])$/.test(third)) return 'missing';
    return withinPages(filterByMonth(visible(index.articles), `${second}-${third}`, index.site.timeZone));
  }
  return 'not-content';
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
