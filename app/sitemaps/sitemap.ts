import type { MetadataRoute } from 'next';
import { sitemapChunks } from '../_views/sitemaps';

export const revalidate = 60;

// One file per 50,000 URLs at /sitemaps/sitemap/<id>.xml. Next's sitemap convention cannot write a
// sitemap index, so /sitemap.xml, the index crawlers are told about, is app/sitemap.xml/route.ts.
export async function generateSitemaps() {
  const { chunks } = await sitemapChunks();
  return chunks.map((_, id) => ({ id }));
}

export default async function sitemap(props: { id: Promise<string> }): Promise<MetadataRoute.Sitemap> {
  const id = Number(await props.id);
  const { index, chunks } = await sitemapChunks();
  // Percent-encoded, as sitemaps.org and Google ask and as the page's own canonical link is: a
  // non-Latin slug (/news/東京の鉄道) is otherwise listed as a different address from the page's.
  return (chunks[id] ?? []).map((entry) => ({
    url: new URL(entry.path, `${index.site.url}/`).href,
    lastModified: entry.lastModified,
  }));
}
