import { buildSitemapIndex } from '@/lib/seo/news-sitemap';
import { sitemapChunks } from '../_views/sitemaps';

export const revalidate = 60;

export async function GET() {
  const { index, chunks } = await sitemapChunks();
  const sitemaps = chunks.map((chunk, id) => ({
    url: `${index.site.url}/sitemaps/sitemap/${id}.xml`,
    lastModified: chunk
      .map((e) => e.lastModified)
      .sort()
      .at(-1),
  }));
  return new Response(buildSitemapIndex(sitemaps), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
}
