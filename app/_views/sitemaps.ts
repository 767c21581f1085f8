import { getAudience, getContentIndex } from '@/lib/content';
import { sitemapChunksFor } from '@/lib/seo/sitemap-entries';

/** The site's sitemap files: every indexable URL, split at the protocol's limits. */
export async function sitemapChunks() {
  const index = await getContentIndex();
  return { index, chunks: sitemapChunksFor(index, getAudience()) };
}
