import { Feed } from 'feed';
import type { Article } from '../content/article';
import { lastModified } from '../content/last-modified';
import { articlePath } from '../content/article-summary';
import type { ContentIndex } from '../content/content-index';
import type { LoggedCorrection } from '../lists/corrections-log';
import type { LiveCoverage } from '../live/live-coverage';
import { bodyHtml } from '../markdown/parse-markdown';
import { truncateAtWord } from '../text/truncate';

export const FEED_SIZE = 50;

export type FeedFormat = 'rss' | 'atom' | 'json';

export const FEED_FILES: Record<FeedFormat, { file: string; type: string }> = {
  rss: { file: 'feed.xml', type: 'application/rss+xml' },
  atom: { file: 'atom.xml', type: 'application/atom+xml' },
  json: { file: 'feed.json', type: 'application/feed+json' },
};

export interface FeedSpec {
  title: string;
  description: string;
  /** The list page the feed follows, e.g. `/` or `/business`. */
  path: string;
  /** Newest first, already filtered for readers. */
  articles: readonly Article[];
  /** Sanitised body HTML of each article, by slug. */
  bodies: ReadonlyMap<string, string>;
}

/** The feeds' own address for a list page: `/feed.xml` for `/`, `/business/feed.xml` for `/business`. */
export function feedPath(listPath: string, format: FeedFormat): string {
  return `${listPath === '/' ? '' : listPath}/${FEED_FILES[format].file}`;
}

/**
 * Builds an RSS 2.0, Atom 1.0 or JSON Feed 1.1 document of the latest articles, with full HTML, summary,
 * authors, categories, lead image and absolute URLs.
 */
export function buildFeed(index: ContentIndex, spec: FeedSpec, format: FeedFormat): string {
  const { site } = index;
  const absolute = (path: string) => new URL(path, `${site.url}/`).href;
  const items = spec.articles.slice(0, FEED_SIZE);
  const modified = (article: Article) => lastModifiedIn(index, article);
  // Atom marks titles and summaries type="html", and RSS readers treat them as HTML too: plain text
  // must be escaped there, or a "<script>" in a headline becomes markup in someone's reader.
  // JSON Feed's title and summary are plain text by definition.
  const text = format === 'json' ? (value: string) => value : escapeHtml;
  const feed = new Feed({
    id: absolute(spec.path),
    link: absolute(spec.path),
    title: text(spec.title),
    description: text(spec.description),
    language: site.language,
    image: site.logo ? absolute(site.logo) : undefined,
    favicon: absolute('/icon.png'),
    copyright: `© ${site.name}`,
    updated: new Date(items.map(modified).sort().at(-1) ?? 0),
    generator: site.name,
    feedLinks: {
      rss: absolute(feedPath(spec.path, 'rss')),
      atom: absolute(feedPath(spec.path, 'atom')),
      json: absolute(feedPath(spec.path, 'json')),
    },
  });
  for (const article of items) {
    const url = absolute(articlePath(article));
    feed.addItem({
      title: text(article.title),
      id: url,
      link: url,
      description: text(article.summary),
      content: absoluteUrls(
        spec.bodies.get(article.slug) ?? `<p>${escapeHtml(article.summary)}</p>`,
        site.url,
      ),
      date: new Date(modified(article)),
      published: new Date(article.date),
      author: article.authors.map((id) => ({
        name: index.authors.get(id)?.name ?? id,
        link: absolute(`/authors/${id}`),
      })),
      category: article.tags.map((t) => categoryOf(t, absolute(`/tags/${t.slug}`), format)),
      image: article.image
        ? { url: absolute(article.image.src), type: imageType(article.image.src) }
        : undefined,
    });
  }
  if (format === 'rss') return withDublinCoreCreators(feed.rss2());
  if (format === 'atom') return feed.atom1();
  return toJsonFeed11(feed.json1(), site.language, items, index);
}

// The feed package escapes only "&" in attribute values, so a "<" in a tag name would end up raw in
// Atom's <category label="…"> and break the document. Atom gets the tag's slug as its term, the tag
// page as its scheme and the name without angle brackets as its label; RSS carries the name as
// element text, which the package does escape, and the page as its domain (a URL, percent-encoded).
function categoryOf(tag: { slug: string; name: string }, url: string, format: FeedFormat) {
  return format === 'atom'
    ? { term: tag.slug, scheme: url, name: tag.name.replace(/[<>]/g, '') }
    : { name: tag.name, domain: url };
}

// The feed package writes JSON Feed 1.0; 1.1 renames `author` to an `authors` list and adds `language`.
function toJsonFeed11(
  json: string,
  language: string,
  items: readonly { authors: readonly string[] }[],
  index: ContentIndex,
): string {
  const document = JSON.parse(json) as Record<string, unknown> & { items: Record<string, unknown>[] }; // the feed package's own output
  document.version = 'https://jsonfeed.org/version/1.1';
  document.language = language;
  delete document.author;
  document.items.forEach((item, i) => {
    const article = items[i];
    delete item.author;
    if (article)
      item.authors = article.authors.map((id) => ({
        name: index.authors.get(id)?.name ?? id,
        url: new URL(`/authors/${id}`, `${index.site.url}/`).href,
      }));
  });
  return JSON.stringify(document);
}

// RSS 2.0's <author> must be one e-mail address; names, one per author, belong in <dc:creator>
// (the feed package writes names into <author> and already declares the dc namespace).
function withDublinCoreCreators(rss: string): string {
  return rss.replace(/<author>([^<]*)<\/author>/g, '<dc:creator>$1</dc:creator>');
}

// Feed readers show an item away from the site, where /images/x.png means nothing. The body HTML is
// our own serialisation, so every attribute is double-quoted.
function absoluteUrls(html: string, siteUrl: string): string {
  return html.replace(/ (src|href)="\/(?!\/)/g, ` $1="${siteUrl}/`);
}

/**
 * The corrections log (/corrections), newest first, as an RSS 2.0, Atom 1.0 or JSON Feed 1.1 document:
 * each correction or clarification an item titled with its kind and its story's headline, its text as
 * written (links kept), the story's authors, and a link to the note on the story's page.
 */
export function buildCorrectionsFeed(
  index: ContentIndex,
  entries: readonly LoggedCorrection[],
  format: FeedFormat,
): string {
  const { site } = index;
  const items = entries.slice(0, FEED_SIZE);
  return buildItemFeed(
    index,
    {
      path: '/corrections',
      title: `Corrections | ${site.name}`,
      description: `Every correction and clarification ${site.name} has published, newest first.`,
      updated: items[0]?.note.date,
      items: items.map(({ article, note, position }) => ({
        title: `${note.kind === 'clarification' ? 'Clarification' : 'Correction'}: ${article.title}`,
        path: `${articlePath(article)}#note-${position + 1}`,
        description: note.text,
        html: bodyHtml({ type: 'root', children: [...note.inline] }),
        date: note.date,
        authors: article.authors,
      })),
    },
    format,
  );
}

/** When an article last changed as the index knows it: a live story's latest update counts. */
export function lastModifiedIn(index: ContentIndex, article: Article): string {
  const live = article.type === 'live' ? index.live?.coverage(article.slug)?.lastUpdated : undefined;
  return live && live > lastModified(article) ? live : lastModified(article);
}

/**
 * A live story's updates, newest first, as an RSS 2.0, Atom 1.0 or JSON Feed 1.1 document: each update
 * an item with its title (or its first words), its HTML, its authors and its permanent link.
 */
export function buildLiveFeed(index: ContentIndex, coverage: LiveCoverage, format: FeedFormat): string {
  const { story } = coverage;
  const storyPath = articlePath(story);
  return buildItemFeed(
    index,
    {
      path: storyPath,
      title: `${story.title} (live) | ${index.site.name}`,
      description: story.summary,
      updated: coverage.lastUpdated,
      items: coverage.updates.slice(0, FEED_SIZE).map((update) => ({
        title: update.title ?? truncateAtWord(update.text, 100),
        path: `${storyPath}/updates/${update.id}`,
        description: truncateAtWord(update.text, 300),
        html: bodyHtml(update.tree),
        date: update.time,
        authors: update.authors,
      })),
    },
    format,
  );
}

/** A feed of items that are not whole stories: a live story's updates, the corrections log. */
interface ItemFeedSpec {
  /** The page the feed is of; its feeds are at `<path>/feed.xml`, `atom.xml` and `feed.json`. */
  path: string;
  title: string;
  description: string;
  /** ISO 8601: the newest item's time. */
  updated?: string;
  items: {
    title: string;
    path: string;
    description: string;
    html: string;
    date: string;
    authors: readonly string[];
  }[];
}

function buildItemFeed(index: ContentIndex, spec: ItemFeedSpec, format: FeedFormat): string {
  const { site } = index;
  const absolute = (path: string) => new URL(path, `${site.url}/`).href;
  // As in buildFeed: Atom and RSS readers treat titles and summaries as HTML; JSON Feed's are plain text.
  const text = format === 'json' ? (value: string) => value : escapeHtml;
  const feed = new Feed({
    id: absolute(spec.path),
    link: absolute(spec.path),
    title: text(spec.title),
    description: text(spec.description),
    language: site.language,
    favicon: absolute('/icon.png'),
    copyright: `© ${site.name}`,
    updated: new Date(spec.updated ?? 0),
    generator: site.name,
    feedLinks: {
      rss: absolute(`${spec.path}/feed.xml`),
      atom: absolute(`${spec.path}/atom.xml`),
      json: absolute(`${spec.path}/feed.json`),
    },
  });
  for (const item of spec.items) {
    const url = absolute(item.path);
    feed.addItem({
      title: text(item.title),
      id: url,
      link: url,
      description: text(item.description),
      content: absoluteUrls(item.html, site.url),
      date: new Date(item.date),
      published: new Date(item.date),
      author: item.authors.map((id) => ({
        name: index.authors.get(id)?.name ?? id,
        link: absolute(`/authors/${id}`),
      })),
    });
  }
  if (format === 'rss') return withDublinCoreCreators(feed.rss2());
  if (format === 'atom') return feed.atom1();
  return toJsonFeed11(feed.json1(), site.language, spec.items, index);
}

function imageType(src: string): string {
  const ext = src.split('.').pop()?.toLowerCase();
  return ext === 'jpg' || ext === 'jpeg' ? 'image/jpeg' : `image/${ext}`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
