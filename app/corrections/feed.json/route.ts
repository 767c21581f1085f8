import { correctionsFeedResponse } from '../../_views/corrections-view';

export const revalidate = 60;

export function GET() {
  return correctionsFeedResponse('json');
}
