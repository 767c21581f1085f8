import { feedResponse } from '../../_views/feeds';

export const revalidate = 60;

export function GET() {
  return feedResponse('/opinion/atom.xml');
}
