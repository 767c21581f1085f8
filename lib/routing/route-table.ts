/**
 * Every route of the app/ tree, written as its folder path, with what it serves. The router
 * (route-path.ts) matches a path against these and asks the content index whether it exists; a
 * test (tests/lib/routing/route-table.test.ts) derives the list from app/, so a route added there
 * without being taught here fails it.
 */
export const ROUTE_PATTERNS = [
  '/',
  '/page/[page]',
  '/[section]',
  '/[section]/page/[page]',
  '/[section]/[slug]',
  '/[section]/[slug]/opengraph-image',
  '/[section]/opengraph-image',
  '/[section]/feed.xml',
  '/[section]/atom.xml',
  '/[section]/feed.json',
  '/tags',
  '/tags/[tag]',
  '/tags/[tag]/page/[page]',
  '/tags/[tag]/feed.xml',
  '/tags/[tag]/atom.xml',
  '/tags/[tag]/feed.json',
  '/authors',
  '/authors/[author]',
  '/authors/[author]/page/[page]',
  '/authors/[author]/feed.xml',
  '/authors/[author]/atom.xml',
  '/authors/[author]/feed.json',
  '/archive',
  '/archive/[year]/[month]',
  '/archive/[year]/[month]/page/[page]',
  '/search',
  '/about',
  '/feed.xml',
  '/atom.xml',
  '/feed.json',
  '/sitemap.xml',
  '/sitemaps/sitemap/[__metadata_id__]',
  '/news-sitemap.xml',
  '/robots.txt',
  '/manifest.webmanifest',
  '/icon.png',
  '/apple-icon.png',
  '/api/revalidate',
  '/api/dev/content-events',
] as const;

export type RoutePattern = (typeof ROUTE_PATTERNS)[number];

/** The params of a path matched against a pattern, decoded, or undefined when it does not match. */
export function matchPattern(
  pattern: string,
  segments: readonly string[],
): Record<string, string> | undefined {
  const parts = pattern.split('/').slice(1).filter(Boolean);
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? '';
    const segment = segments[i] ?? '';
    const name = /^\[(\w+)\]$/.exec(part)?.[1];
    if (name) params[name] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
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
