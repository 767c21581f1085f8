import { liveFeedResponse } from '../../../_views/live-feed';

// A live story's updates as a feed: kept for seconds, like the story's page (LIVE_REVALIDATE).
export const revalidate = 5;

export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, context: RouteContext<'/[section]/[slug]/feed.json'>) {
  const { section, slug } = await context.params;
  return liveFeedResponse(`/${section}/${slug}/feed.json`);
}
