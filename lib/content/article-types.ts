import type { Article } from './article';
import type { ArticleType } from './front-matter-schema';

/**
 * The label readers see on a story and its cards: every type but news says what it is. (A live
 * story's LIVE label is shown while it is live; once ended it is labelled like news.)
 */
const LABELS: Record<ArticleType, string | undefined> = {
  news: undefined,
  analysis: 'Analysis',
  opinion: 'Opinion',
  editorial: 'Editorial',
  review: 'Review',
  explainer: 'Explainer',
  interview: 'Interview',
  obituary: 'Obituary',
  letter: 'Letter',
  sponsored: 'Sponsored',
  live: undefined,
};

/** Types that argue rather than report: shown apart from news, listed together on /opinion. */
export const OPINION_TYPES: readonly ArticleType[] = ['opinion', 'editorial', 'letter'];

/**
 * The schema.org type of a story's structured data: Google's news subtypes where one fits, NewsArticle
 * where none does (interviews and obituaries are reported like news).
 */
const SCHEMA_TYPES: Record<ArticleType, string> = {
  news: 'ReportageNewsArticle',
  analysis: 'AnalysisNewsArticle',
  opinion: 'OpinionNewsArticle',
  editorial: 'OpinionNewsArticle',
  letter: 'OpinionNewsArticle',
  review: 'ReviewNewsArticle',
  explainer: 'BackgroundNewsArticle',
  interview: 'NewsArticle',
  obituary: 'NewsArticle',
  sponsored: 'AdvertiserContentArticle',
  live: 'LiveBlogPosting',
};

/**
 * What a story's label says, or undefined for news: "Analysis", "Opinion"…, and for sponsored
 * content who paid for it.
 * @example typeLabel({ type: 'sponsored', sponsor: 'Northern Grid' }) // 'Sponsored by Northern Grid'
 */
export function typeLabel(article: Pick<Article, 'type' | 'sponsor'>): string | undefined {
  if (article.type === 'sponsored' && article.sponsor) return `Sponsored by ${article.sponsor}`;
  return LABELS[article.type];
}

/** What a type is called where a reader picks one (search's filters): its label, or News, or Live. */
export function typeName(type: ArticleType): string {
  return LABELS[type] ?? (type === 'live' ? 'Live coverage' : 'News');
}

export const isOpinion = (type: ArticleType): boolean => OPINION_TYPES.includes(type);

export const schemaTypeOf = (type: ArticleType): string => SCHEMA_TYPES[type];
