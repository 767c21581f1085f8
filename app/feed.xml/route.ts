import { feedResponse, siteFeed } from '../_views/feeds';

export const revalidate = 60;

export function GET() {
  return feedResponse(siteFeed(), 'rss');
}
