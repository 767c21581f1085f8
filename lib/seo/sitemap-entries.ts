import type { Article } from '../content/article';
import { articlePath } from '../content/article-summary';
import type { ContentIndex } from '../content/content-index';
import { type Audience } from '../content/visibility';
import { visibleArticles } from '../content/queries';
import { seriesParts } from '../lists/series-parts';
import { opinionArticles } from '../lists/type-lists';
import { monthKey } from '../dates/format-date';
import { countTags } from '../lists/count-tags';
import { lastModified } from '../content/last-modified';
import { lastModifiedIn } from '../feeds/build-feed';
import { perIndex } from '../content/per-index';

export interface SitemapEntry {
  /** Site path, e.g. `/business/some-story`. */
  path: string;
  /** ISO 8601 instant of the page's last change. */
  lastModified: string;
}

export const MAX_SITEMAP_URLS = 50_000;
export const MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

/**
 * Every page a crawler should index, with when it last changed: home, sections, topics, authors,
 * archive months and every published article. Drafts, scheduled articles and search never appear.
 */
export function listSitemapEntries(index: ContentIndex, audience: Audience): SitemapEntry[] {
  const published = visibleArticles(index.articles, audience);
  // One pass, not a sort: this runs for every tag and author, over lists of up to the whole archive.
  const newest = (list: readonly Pick<Article, 'date' | 'updated' | 'corrections'>[]) => {
    let latest = '1970-01-01T00:00:00.000Z';
    for (const article of list) {
      const modified = lastModified(article);
      if (modified > latest) latest = modified;
    }
    return latest;
  };
  const entries: SitemapEntry[] = [{ path: '/', lastModified: newest(published) }];
  for (const section of index.sections)
    entries.push({
      path: `/${section.slug}`,
      lastModified: newest(visibleArticles(index.bySection.get(section.slug), audience)),
    });
  entries.push(
    { path: '/tags', lastModified: newest(published) },
    { path: '/authors', lastModified: newest(published) },
    { path: '/archive', lastModified: newest(published) },
  );
  for (const tag of countTags(published))
    entries.push({
      path: `/tags/${tag.slug}`,
      lastModified: newest(visibleArticles(index.byTag.get(tag.slug), audience)),
    });
  for (const id of index.authors.keys()) {
    const theirs = visibleArticles(index.byAuthor.get(id), audience);
    if (theirs.length > 0) entries.push({ path: `/authors/${id}`, lastModified: newest(theirs) });
  }
  for (const id of index.series.keys()) {
    const parts = seriesParts(index, id, audience);
    if (parts.length > 0) entries.push({ path: `/series/${id}`, lastModified: newest(parts) });
  }
  const opinion = visibleArticles(opinionArticles(index), audience);
  if (opinion.length > 0) entries.push({ path: '/opinion', lastModified: newest(opinion) });
  const months = new Map<string, string>();
  for (const article of published) {
    const key = monthKey(article.date, index.site.timeZone);
    if ((months.get(key) ?? '') < lastModified(article)) months.set(key, lastModified(article));
  }
  for (const [key, modified] of months)
    entries.push({ path: `/archive/${key.replace('-', '/')}`, lastModified: modified });
  for (const article of published)
    entries.push({ path: articlePath(article), lastModified: lastModifiedIn(index, article) });
  return entries;
}

/**
 * Splits entries into sitemap files of at most `maxUrls` URLs and about `maxBytes` bytes each, the
 * limits of the sitemaps protocol.
 */
export function splitSitemap<T extends SitemapEntry>(
  entries: readonly T[],
  baseUrl: string,
  maxUrls = MAX_SITEMAP_URLS,
  maxBytes = MAX_SITEMAP_BYTES,
): T[][] {
  const overhead = 200; // XML declaration and <urlset> with its namespaces
  const chunks: T[][] = [[]];
  let bytes = overhead;
  for (const entry of entries) {
    const size =
      `<url><loc>${baseUrl}${entry.path}</loc><lastmod>${entry.lastModified}</lastmod></url>\n`.length * 1.2;
    const current = chunks.at(-1)!; // chunks always holds at least one list
    if (current.length > 0 && (current.length >= maxUrls || bytes + size > maxBytes)) {
      chunks.push([entry]);
      bytes = overhead + size;
    } else {
      current.push(entry);
      bytes += size;
    }
  }
  return chunks;
}

// The live stories of an index: their latest update changes their sitemap lastmod without a reload.
const liveStories = perIndex((index) => index.articles.filter((a) => a.type === 'live'));

interface MadeChunks {
  /** The live stories' last changes the chunks were made with. */
  live: string;
  /** When the next scheduled story comes out (ms since the epoch), when the chunks go stale. */
  until: number;
  chunks: SitemapEntry[][];
}

const madeFor = perIndex((): { made?: MadeChunks } => ({}));

/**
 * The sitemap files of an index as readers see it now, made once and reused while nothing they list
 * can have changed: the same index, no scheduled story out since, no live story updated. Every
 * sitemap file is its own page, and each made the whole list: at 1,000,000 stories the build's 21
 * sitemap pages, made at once, each took over Next.js's 60-second limit. A preview (drafts and
 * scheduled stories shown) is made afresh.
 */
export function sitemapChunksFor(index: ContentIndex, audience: Audience): SitemapEntry[][] {
  const make = () => splitSitemap(listSitemapEntries(index, audience), index.site.url);
  if (audience.preview) return make();
  const slot = madeFor(index);
  const now = audience.now.getTime();
  const live = liveStories(index)
    .map((story) => lastModifiedIn(index, story))
    .join();
  if (slot.made && slot.made.live === live && now < slot.made.until) return slot.made.chunks;
  slot.made = { live, until: nextPublication(index.articles, now), chunks: make() };
  return slot.made.chunks;
}

// When the first story scheduled after `now` comes out, or never. The index is newest first, so the
// scheduled stories are the ones before the first that is out.
function nextPublication(articles: readonly Article[], now: number): number {
  let next = Infinity;
  for (const article of articles) {
    const date = Date.parse(article.date);
    if (date <= now) break;
    if (!article.draft && !article.removed) next = Math.min(next, date);
  }
  return next;
}
