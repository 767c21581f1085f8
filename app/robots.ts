import type { MetadataRoute } from 'next';
import { getContentIndex } from '@/lib/content';

export default async function robots(): Promise<MetadataRoute.Robots> {
  const { site } = await getContentIndex();
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/search', '/api/'] },
    sitemap: [`${site.url}/sitemap.xml`, `${site.url}/news-sitemap.xml`],
  };
}
