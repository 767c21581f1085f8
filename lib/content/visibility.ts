import type { Article } from './article';

/** Who is looking: readers see only what is published; editors previewing in `next dev` see everything. */
export interface Audience {
  now: Date;
  preview: boolean;
}

/**
 * True when an article may be shown: not taken down, not a draft, and its publication time has come.
 * Previewing editors see drafts and scheduled articles too (and a removed story as readers do: gone).
 * @example isVisible({ draft: false, date: '2027-01-01T00:00:00Z' }, { now: new Date('2026-12-31'), preview: false }) // false
 */
export function isVisible(article: Pick<Article, 'draft' | 'date' | 'removed'>, audience: Audience): boolean {
  if (article.removed) return false;
  if (audience.preview) return true;
  return !article.draft && Date.parse(article.date) <= audience.now.getTime();
}

/** True when an article is not yet public: a draft, or scheduled for later. */
export function isUnpublished(article: Pick<Article, 'draft' | 'date'>, now: Date): boolean {
  return article.draft || Date.parse(article.date) > now.getTime();
}

/**
 * True when a story readers could once see has been taken down (`removed`): its address answers 410
 * Gone. One removed before it was ever out is simply missing.
 */
export function isRemoved(article: Pick<Article, 'draft' | 'date' | 'removed'>, audience: Audience): boolean {
  if (!article.removed) return false;
  return audience.preview || (!article.draft && Date.parse(article.date) <= audience.now.getTime());
}
