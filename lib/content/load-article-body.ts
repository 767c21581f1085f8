import { renderMarkdown } from '../markdown/render-markdown';
import type { Article } from './article';
import { readText } from './load-content';
import { splitFrontMatter } from './split-front-matter';

// Keyed by the article object, not its file: a reloaded content index (after an edit on disk) holds
// new objects, so a changed body is never served from here.
const cache = new Map<Article, Promise<string>>();
const CACHE_SIZE = 200;

/**
 * Renders an article's body from its file on demand, keeping the most recently used few in memory, so
 * the content index never holds the whole archive's HTML.
 */
export function loadArticleBody(article: Article): Promise<string> {
  const cached = cache.get(article);
  if (cached) {
    cache.delete(article);
    cache.set(article, cached);
    return cached;
  }
  const rendered = readText(article.file).then((text) => {
    const split = splitFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
    return split.ok ? renderMarkdown(split.body) : '';
  });
  cache.set(article, rendered);
  const oldest = cache.keys().next().value;
  if (cache.size > CACHE_SIZE && oldest) cache.delete(oldest);
  return rendered;
}
