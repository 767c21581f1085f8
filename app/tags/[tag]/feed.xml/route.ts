import { feedResponse } from '../../../_views/feeds';

export const revalidate = 60;

// Rendered on first request, then served from the cache.
export function generateStaticParams() {
  return [];
}

export async function GET(_request: Request, context: RouteContext<'/tags/[tag]/feed.xml'>) {
  const p = await context.params;
  return feedResponse(`/tags/${p.tag}/feed.xml`);
}
