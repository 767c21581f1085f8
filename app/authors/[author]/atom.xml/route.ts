import { getContentIndex } from '@/lib/content';
import { authorFeed, feedResponse } from '../../../_views/feeds';

export const revalidate = 60;

export async function generateStaticParams() {
  const { authors } = await getContentIndex();
  return [...authors.keys()].map((author) => ({ author }));
}

export async function GET(_request: Request, context: RouteContext<'/authors/[author]/atom.xml'>) {
  return feedResponse(authorFeed((await context.params).author), 'atom');
}
