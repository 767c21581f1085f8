import { getAudience, getContentIndex } from '@/lib/content';
import { listSitemapEntries, splitSitemap } from '@/lib/seo/sitemap-entries';

/** The site's sitemap files: every indexable URL, split at the protocol's limits. */
export async function sitemapChunks() {
  const index = await getContentIndex();
  return { index, chunks: splitSitemap(listSitemapEntries(index, getAudience()), index.site.url) };
}
