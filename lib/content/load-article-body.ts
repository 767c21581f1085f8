import { renderMarkdown } from '../markdown/render-markdown';
import type { Article } from './article';
import { readText } from './load-content';
import { splitFrontMatter } from './split-front-matter';

const cache = new Map<string, Promise<string>>();
const CACHE_SIZE = 200;

/**
 * Renders an article's body from its file on demand, keeping the most recently used few in memory, so
 * the content index never holds the whole archive's HTML.
 */
export function loadArticleBody(article: Article): Promise<string> {
  const key = `${article.file}\0${article.updated ?? article.date}`;
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  const rendered = readText(article.file).then((text) => {
    const split = splitFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
    return split.ok ? renderMarkdown(split.body) : '';
  });
  cache.set(key, rendered);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? '');
  return rendered;
}
