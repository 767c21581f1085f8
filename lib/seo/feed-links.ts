import { FEED_FILES, type FeedFormat, feedPath } from '../feeds/build-feed';

/**
 * Feed autodiscovery for a page: the site's feeds, plus the feeds of the page's own list (a section
 * or an author), as Next.js `alternates.types`.
 * @example feedAlternates('The Ledger', { path: '/business', title: 'Business' })['application/rss+xml']?.[1]?.url // "/business/feed.xml"
 */
export function feedAlternates(
  siteName: string,
  list?: { path: string; title: string },
): Record<string, { url: string; title: string }[]> {
  const formats: [FeedFormat, string][] = [
    ['rss', 'RSS'],
    ['atom', 'Atom'],
    ['json', 'JSON Feed'],
  ];
  return Object.fromEntries(
    formats.map(([format, label]) => [
      FEED_FILES[format].type,
      [
        { url: feedPath('/', format), title: `${siteName} (${label})` },
        ...(list
          ? [{ url: feedPath(list.path, format), title: `${list.title} | ${siteName} (${label})` }]
          : []),
      ],
    ]),
  );
}
