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

/** An article's body as sanitised HTML, for feeds. */
export async function loadArticleBody(article: Article): Promise<string> {
  return toHtml(await loadArticleBodyTree(article));
}

/**
 * Renders an article's body from its file on demand as a sanitised HTML tree, keeping the most
 * recently used few in memory, so the content index never holds the whole archive's bodies.
 */
export function loadArticleBodyTree(article: Article): Promise<Root> {
  const cached = cache.get(article);
  if (cached) {
    cache.delete(article);
    cache.set(article, cached);
    return cached;
  }
  const rendered = readText(article.file).then((text) => {
    const split = splitFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
    return renderMarkdownTree(split.ok ? split.body : '');
  });
  cache.set(article, rendered);
  const oldest = cache.keys().next().value;
  if (cache.size > CACHE_SIZE && oldest) cache.delete(oldest);
  return rendered;
}
