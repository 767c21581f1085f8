import type { Article } from '../content/article';
import { isOpinion } from '../content/article-types';
import { perIndex } from '../content/per-index';

/** Opinion, editorials and letters, newest first: the /opinion list before the audience's filter. */
export const opinionArticles = perIndex((index): Article[] =>
  index.articles.filter((article) => isOpinion(article.type)),
);
