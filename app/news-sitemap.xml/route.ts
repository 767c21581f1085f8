import { type Article, getAudience, getContentIndex, visibleArticles } from '@/lib/content';
import { lastModifiedIn } from '@/lib/feeds/build-feed';
import { buildNewsSitemap, selectNewsArticles } from '@/lib/seo/news-sitemap';

export const revalidate = 60;

export async function GET() {
  const index = await getContentIndex();
  const audience = getAudience();
  const modified = (article: Article) => lastModifiedIn(index, article);
  const published = visibleArticles(index.articles, audience);
  const articles = selectNewsArticles(published, audience.now, modified);
  const latest = published.find((a) => a.type !== 'sponsored');
  return new Response(buildNewsSitemap(index.site, articles, modified, latest), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
