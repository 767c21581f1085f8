import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { renderMarkdownTree } from '../markdown/render-markdown';
import type { Article } from './article';
import { readText } from './load-content';
import { splitFrontMatter } from './split-front-matter';

// Keyed by the article object, not its file: a reloaded content index (after an edit on disk) holds
// new objects, so a changed body is never served from here.
const cache = new Map<Article, Promise<Root>>();
const CACHE_SIZE = 200;

// Feeds carry the latest 50 bodies in three formats for the site, every section and every author: at
// 10,000 articles and 48 authors that is ~2,400 distinct bodies, which the tree cache below cannot hold
// (a build re-rendered each about three times). As HTML a body is ~10 KB, so 2,000 of them fit in ~20 MB.
const htmlCache = new Map<Article, Promise<string>>();
const HTML_CACHE_SIZE = 2_000;

/** An article's body as sanitised HTML, for feeds. */
export function loadArticleBody(article: Article): Promise<string> {
  return remember(htmlCache, HTML_CACHE_SIZE, article, async () =>
    toHtml(await loadArticleBodyTree(article)),
  );
}

/**
 * Renders an article's body from its file on demand as a sanitised HTML tree, keeping the most
 * recently used few in memory, so the content index never holds the whole archive's bodies.
 */
export function loadArticleBodyTree(article: Article): Promise<Root> {
  return remember(cache, CACHE_SIZE, article, async () => {
    const split = splitFrontMatter(
      readText(article.file)
        .replace(/^\uFEFF/, '')
        .replace(/\r\n?/g, '\n'),
    );
    return renderMarkdownTree(split.ok ? split.body : '');
  });
}

// A least-recently-used cache: a Map keeps insertion order, so a hit moves to the end and the first is oldest.
function remember<T>(
  lru: Map<Article, Promise<T>>,
  size: number,
  article: Article,
  load: () => Promise<T>,
): Promise<T> {
  const cached = lru.get(article);
  if (cached) {
    lru.delete(article);
    lru.set(article, cached);
    return cached;
  }
  const loaded = load();
  lru.set(article, loaded);
  const oldest = lru.keys().next().value;
  if (lru.size > size && oldest) lru.delete(oldest);
  return loaded;
}
