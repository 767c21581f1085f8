import { authorFeed, feedResponse } from '../../../_views/feeds';

export const revalidate = 60;

// Authors multiply with the archive: their pages and feeds render on first request, then come from the cache.
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, context: RouteContext<'/authors/[author]/feed.xml'>) {
  return feedResponse(authorFeed((await context.params).author), 'rss');
}
