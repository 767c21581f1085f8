/**
 * Every route of the app/ tree, written as its folder path, with what it serves (its role). The router
 * (route-path.ts) matches a path against these and asks the content index whether it exists; a
 * test (tests/lib/routing/route-table.test.ts) derives the list from app/, so a route added there
 * without being taught here fails it.
 */
/**
 * What a route serves: a story (`article`), a page of a list of stories (`list`), a feed of one, a
 * fixed page, or a file (sitemaps, icons, social cards, API routes). An `internal` route is reached
 * only through proxy.ts's rewrite (a live story's page, rendered with its own short lifetime) and is
 * missing when asked for by its own path.
 */
export type RouteRole = 'article' | 'list' | 'feed' | 'page' | 'file' | 'internal';

export const ROUTES = {
  '/': 'list',
  '/page/[page]': 'list',
  '/[section]': 'list',
  '/[section]/page/[page]': 'list',
  '/[section]/[slug]': 'article',
  '/[section]/[slug]/opengraph-image': 'article',
  // The crops of a story's photo (lib/images/crops.ts), named by version.
  '/[section]/[slug]/images/[crop]': 'file',
  // A live story's older updates, its feeds of updates and each update's permanent link.
  '/[section]/[slug]/page/[page]': 'article',
  '/[section]/[slug]/feed.xml': 'feed',
  '/[section]/[slug]/atom.xml': 'feed',
  '/[section]/[slug]/feed.json': 'feed',
  '/[section]/[slug]/updates/[update]': 'article',
  '/_live/[section]/[slug]': 'internal',
  '/_live/[section]/[slug]/page/[page]': 'internal',
  // A removed story's notice, which proxy.ts answers its address with (410 Gone).
  '/_gone/[slug]': 'internal',
  '/[section]/opengraph-image': 'file',
  '/[section]/feed.xml': 'feed',
  '/[section]/atom.xml': 'feed',
  '/[section]/feed.json': 'feed',
  '/opinion': 'list',
  '/opinion/page/[page]': 'list',
  '/opinion/feed.xml': 'feed',
  '/opinion/atom.xml': 'feed',
  '/opinion/feed.json': 'feed',
  '/corrections': 'page',
  '/corrections/page/[page]': 'page',
  '/corrections/feed.xml': 'file',
  '/corrections/atom.xml': 'file',
  '/corrections/feed.json': 'file',
  '/series/[series]': 'page',
  '/tags': 'page',
  '/tags/[tag]': 'list',
  '/tags/[tag]/page/[page]': 'list',
  '/tags/[tag]/feed.xml': 'feed',
  '/tags/[tag]/atom.xml': 'feed',
  '/tags/[tag]/feed.json': 'feed',
  '/authors': 'page',
  '/authors/[author]': 'list',
  '/authors/[author]/page/[page]': 'list',
  '/authors/[author]/feed.xml': 'feed',
  '/authors/[author]/atom.xml': 'feed',
  '/authors/[author]/feed.json': 'feed',
  '/archive': 'page',
  '/archive/[year]/[month]': 'list',
  '/archive/[year]/[month]/page/[page]': 'list',
  '/search': 'page',
  // Sharing to Mastodon: the page asking for the reader's server, and the redirect to it.
  '/share/mastodon': 'page',
  // The player of an embedded post or video, shown when a reader asks (lib/embeds/embed-url.ts).
  '/embed/[provider]': 'page',
  '/api/share/mastodon': 'file',
  '/about': 'page',
  '/contact': 'page',
  '/corrections-policy': 'page',
  '/ethics-policy': 'page',
  '/ownership-and-funding': 'page',
  '/masthead': 'page',
  '/feed.xml': 'feed',
  '/atom.xml': 'feed',
  '/feed.json': 'feed',
  '/sitemap.xml': 'file',
  '/sitemaps/sitemap/[__metadata_id__]': 'file',
  '/news-sitemap.xml': 'file',
  '/robots.txt': 'file',
  '/manifest.webmanifest': 'file',
  '/icon.png': 'file',
  '/apple-icon.png': 'file',
  '/api/revalidate': 'file',
  '/api/revalidate/live': 'file',
  '/api/dev/content-events': 'file',
} as const satisfies Record<string, RouteRole>;

export type RoutePattern = keyof typeof ROUTES;

/**
 * Routes proxy.ts answers itself, with no folder of their own in app/: a live story's pages, rewritten
 * to the internal routes that keep them for seconds, and its updates' permanent links, redirected.
 * (A live story's own URL is `/[section]/[slug]`, rewritten when the router says it is live.)
 */
export const PROXIED: Partial<Record<RoutePattern, RoutePattern | 'redirect'>> = {
  '/[section]/[slug]/page/[page]': '/_live/[section]/[slug]/page/[page]',
  '/[section]/[slug]/updates/[update]': 'redirect',
};

/** Every route pattern, in the app/ tree's terms. */
export const ROUTE_PATTERNS = Object.keys(ROUTES) as RoutePattern[]; // the keys of a literal object

/** The params of a path matched against a pattern, decoded, or undefined when it does not match. */
export function matchPattern(
  pattern: string,
  segments: readonly string[],
): Record<string, string> | undefined {
  const parts = compiled(pattern);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as CompiledPart; // i < parts.length
    const segment = segments[i] ?? '';
    if (part.param) params[part.param] = segment;
    else if (part.text !== segment) return undefined;
  }
  return params;
}

type CompiledPart = { param: string; text?: undefined } | { param?: undefined; text: string };
// The router matches every link of every article at load (~300,000 at 100,000 stories): each pattern
// is split once, not on each match.
const COMPILED = new Map<string, CompiledPart[]>();
function compiled(pattern: string): CompiledPart[] {
  let parts = COMPILED.get(pattern);
  if (!parts) {
    parts = pattern
      .split('/')
      .slice(1)
      .filter(Boolean)
      .map((part) => {
        const param = /^\[(\w+)\]$/.exec(part)?.[1];
        return param ? { param } : { text: part };
      });
    COMPILED.set(pattern, parts);
  }
  return parts;
}

// Like Next.js: a folder of fixed names wins over a [param] at the same place.
const SPECIFICITY = (pattern: string) =>
  pattern
    .split('/')
    .slice(1)
    .map((part) => (part.startsWith('[') ? '1' : '0'))
    .join('');

/** The patterns in the order they are tried: fixed segments before params, place by place. */
export const PATTERNS_IN_ORDER: readonly RoutePattern[] = [...ROUTE_PATTERNS].sort((a, b) =>
  SPECIFICITY(a).localeCompare(SPECIFICITY(b)),
);
