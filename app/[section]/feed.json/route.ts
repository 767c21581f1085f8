import { getContentIndex } from '@/lib/content';
import { feedResponse } from '../../_views/feeds';

export const revalidate = 60;

export async function generateStaticParams() {
  const { sections } = await getContentIndex();
  return sections.map((s) => ({ section: s.slug }));
}

export async function GET(_request: Request, context: RouteContext<'/[section]/feed.json'>) {
  const p = await context.params;
  return feedResponse(`/${p.section}/feed.json`);
}
