import { getAudience, getContentIndex, visibleArticles } from '@/lib/content';
import { buildNewsSitemap, selectNewsArticles } from '@/lib/seo/news-sitemap';

export const revalidate = 60;

export async function GET() {
  const index = await getContentIndex();
  const audience = getAudience();
  const articles = selectNewsArticles(visibleArticles(index.articles, audience), audience.now);
  return new Response(buildNewsSitemap(index.site, articles), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
