import type { Root } from 'hast';
import { LRUCache } from 'lru-cache';
import { bodyHtml } from '../markdown/parse-markdown';
import { onContentChanged, processValue } from '../state/process-state.mjs';
import type { Article } from './article';
import type { ContentIndex } from './content-index';
import { readText } from './load-content';
import { parseArticleBody } from './parse-article';

interface BodyCaches {
  trees: LRUCache<string, Root>;
  html: LRUCache<string, string>;
}

// Feeds carry the latest 50 bodies in three formats for the site, every section and every author: at
// 10,000 articles and 48 authors that is ~2,400 distinct bodies. As HTML a body is ~10 KB, so 2,000
// of them fit in ~20 MB; trees are ~10× larger in memory, and only pages being rendered need them.
const bodies = () =>
  processValue('article-bodies', (): BodyCaches => {
    const caches = {
      trees: new LRUCache<string, Root>({ max: 200 }),
      html: new LRUCache<string, string>({ max: 2_000 }),
    };
    onContentChanged(() => {
      caches.trees.clear();
      caches.html.clear();
    });
    return caches;
  });

/** An article's body as sanitised HTML, for feeds. */
export function loadArticleBody(index: ContentIndex, article: Article): string {
  const { html } = bodies();
  let body = html.get(article.bodyKey);
  if (body === undefined) html.set(article.bodyKey, (body = bodyHtml(loadArticleBodyTree(index, article))));
  return body;
}

/**
 * An article's sanitised body tree, as stored when its file was parsed, with the most recently used
 * few kept in memory, so the index never holds the whole archive's bodies. If the stored tree is gone
 * (the cache folder was emptied under a running server), the file is parsed again and the tree stored.
 */
export function loadArticleBodyTree(index: ContentIndex, article: Article): Root {
  const { trees } = bodies();
  let tree = trees.get(article.bodyKey) ?? index.trees.get(article.bodyKey);
  if (!tree) {
    const parsed = parseArticleBody(article.file, readText(article.file));
    tree = parsed.tree;
    index.trees.put(article.bodyKey, tree, parsed.bodyStart);
  }
  trees.set(article.bodyKey, tree);
  return tree;
}
