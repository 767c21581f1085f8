import type { Article } from './article';
import type { ContentIndex } from './content-index';
import { type Audience, isRemoved, isVisible } from './visibility';

const RELATED_MIN = 3;
const RELATED_MAX = 6;

/** The articles an audience may see from a newest-first list. */
export function visibleArticles(list: readonly Article[] | undefined, audience: Audience): Article[] {
  return (list ?? []).filter((a) => isVisible(a, audience));
}

/** The lead story of a list: its newest featured article, else its newest. */
export function pickLeadStory(list: readonly Article[]): Article | undefined {
  return list.find((a) => a.featured) ?? list[0];
}

/** An article by slug when the audience may see it. */
export function findArticle(index: ContentIndex, slug: string, audience: Audience): Article | undefined {
  const article = index.bySlug.get(slug);
  return article && isVisible(article, audience) ? article : undefined;
}

/** A story taken down that readers could once see, by slug: its address answers 410 Gone. */
export function findRemoved(index: ContentIndex, slug: string, audience: Audience): Article | undefined {
  const article = index.bySlug.get(slug);
  return article && isRemoved(article, audience) ? article : undefined;
}

/**
 * "You may also like": the editor's pinned articles first, then the ranked ones, then the latest of the
 * same section, then the latest anywhere, until there are 3 to 6; never the article itself or one the
 * audience may not see.
 */
export function findRelated(index: ContentIndex, article: Article, audience: Audience): Article[] {
  const chosen = new Map<string, Article>();
  const offer = (candidate: Article | undefined, limit: number) => {
    if (!candidate || chosen.size >= limit || candidate.slug === article.slug || chosen.has(candidate.slug))
      return;
    if (isVisible(candidate, audience)) chosen.set(candidate.slug, candidate);
  };
  for (const slug of article.related) offer(index.bySlug.get(slug), RELATED_MAX);
  for (const { slug } of index.relatedTo(article.slug)) offer(index.bySlug.get(slug), RELATED_MAX);
  for (const candidate of index.bySection.get(article.section) ?? []) {
    if (chosen.size >= RELATED_MIN) break;
    offer(candidate, RELATED_MIN);
  }
  for (const candidate of index.articles) {
    if (chosen.size >= RELATED_MIN) break;
    offer(candidate, RELATED_MIN);
  }
  return [...chosen.values()];
}
