import type { Article } from '../content/article';
import { articlePath } from '../content/article-summary';
import type { SiteConfig } from '../content/site-config-schema';
import { formatIsoInZone } from '../dates/format-date';
import { lastModified } from '../content/last-modified';

// Google News reads only articles published in the last two days, and at most 1,000 of them.
const WINDOW_MS = 48 * 60 * 60 * 1000;
const MAX_NEWS_URLS = 1000;

/** When an article last changed: `updated` or `date`, or a live story's latest update (lastModifiedIn). */
export type ModifiedAt = (article: Article) => string;

/**
 * The published articles a Google News sitemap lists at `now`: those of the last 48 hours, and live
 * stories updated in them, however long ago they started. Never sponsored content: Google News takes
 * journalism only.
 */
export function selectNewsArticles(
  published: readonly Article[],
  now: Date,
  modified: ModifiedAt = lastModified,
): Article[] {
  const since = now.getTime() - WINDOW_MS;
  const recent = (iso: string) => Date.parse(iso) >= since && Date.parse(iso) <= now.getTime();
  return published
    .filter((a) => a.type !== 'sponsored')
    .filter((a) => recent(a.date) || (a.type === 'live' && recent(modified(a))))
    .slice(0, MAX_NEWS_URLS);
}

/**
 * Writes a Google News sitemap (`news:` namespace) for the given articles, with when each last changed.
 * On a day with none (nothing published in 48 hours), the sitemaps.org schema still wants one `<url>`,
 * so the file lists `latest` (the newest published story), or else the home page, as a plain entry
 * without `<news:news>`: valid every day, and telling Google News nothing is new, as its documentation
 * allows for a story past its two days.
 */
export function buildNewsSitemap(
  site: SiteConfig,
  articles: readonly Article[],
  modified: ModifiedAt = lastModified,
  latest?: Article,
): string {
  const language = newsLanguage(site.language);
  const plain = latest
    ? `  <url>\n    <loc>${escapeXml(new URL(articlePath(latest), `${site.url}/`).href)}</loc>\n    <lastmod>${formatIsoInZone(modified(latest), site.timeZone)}</lastmod>\n  </url>`
    : `  <url>\n    <loc>${escapeXml(new URL('/', `${site.url}/`).href)}</loc>\n  </url>`;
  if (articles.length === 0) return urlset([plain]);
  const urls = articles.map(
    (a) => `  <url>
    <loc>${escapeXml(new URL(articlePath(a), `${site.url}/`).href)}</loc>
    <lastmod>${formatIsoInZone(modified(a), site.timeZone)}</lastmod>
    <news:news>
      <news:publication>
        <news:name>${escapeXml(site.name)}</news:name>
        <news:language>${language}</news:language>
      </news:publication>
      <news:publication_date>${formatIsoInZone(a.date, site.timeZone)}</news:publication_date>
      <news:title>${escapeXml(a.title)}</news:title>
    </news:news>
  </url>`,
  );
  return urlset(urls);
}

function urlset(urls: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${urls.join('\n')}
</urlset>
`;
}

/** Writes a sitemap index pointing at each sitemap file. */
export function buildSitemapIndex(sitemaps: readonly { url: string; lastModified?: string }[]): string {
  const entries = sitemaps.map(
    (s) =>
      `  <sitemap>\n    <loc>${escapeXml(s.url)}</loc>${s.lastModified ? `\n    <lastmod>${s.lastModified}</lastmod>` : ''}\n  </sitemap>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.join('\n')}
</sitemapindex>
`;
}

// Google News takes ISO 639 codes, except Chinese, which keeps its script: zh-cn, zh-tw.
function newsLanguage(tag: string): string {
  const lower = tag.toLowerCase();
  return lower.startsWith('zh-') ? lower : (lower.split('-')[0] ?? lower);
}

/** Escapes text for XML element content and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );
}
