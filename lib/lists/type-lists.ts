import type { Article } from '../content/article';
import { isOpinion } from '../content/article-types';
import type { ContentIndex } from '../content/content-index';

// Found once per content index (every request for /opinion asks the router), newest first as the index is.
const opinion = new WeakMap<ContentIndex, Article[]>();

/** Opinion, editorials and letters, newest first: the /opinion list before the audience's filter. */
export function opinionArticles(index: ContentIndex): Article[] {
  let list = opinion.get(index);
  if (!list) {
    list = index.articles.filter((article) => isOpinion(article.type));
    opinion.set(index, list);
  }
  return list;
}
