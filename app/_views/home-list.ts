import { getAudience, getContentIndex, visibleArticles } from '@/lib/content';
import type { ListSpec } from './list-view';

/** Every published article, newest first, for the home page and its later pages. */
export async function homeList(): Promise<ListSpec & { title: string; description: string }> {
  const index = await getContentIndex();
  return {
    index,
    articles: visibleArticles(index.articles, getAudience()),
    basePath: '/',
    heading: 'Latest news',
    withLead: true,
    title: `Latest news`,
    description: index.site.description,
  };
}
