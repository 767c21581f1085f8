import type { Article, LeadImage } from './article';
import { isOpinion, typeLabel } from './article-types';
import type { ContentIndex } from './content-index';
import { formatDisplayDate, formatDisplayDateTime, formatTimeOfDay } from '../dates/format-date';

export type SizedImage = LeadImage & { width: number; height: number };

/** The lead image, when its intrinsic size is known. */
export function sizedImage(image: LeadImage | undefined): SizedImage | undefined {
  return image?.width && image.height ? { ...image, width: image.width, height: image.height } : undefined;
}

/** What a list, card or related link shows of an article: plain, serialisable props for components. */
export interface ArticleSummary {
  slug: string;
  href: string;
  title: string;
  summary: string;
  section: { slug: string; name: string; href: string };
  /** With each one's role, which the article's byline shows. */
  authors: { id: string; name: string; href: string; role?: string }[];
  date: string;
  updated?: string;
  /** Present only when the image's size is known, so it can be laid out without shifting. */
  image?: SizedImage;
  readingMinutes: number;
  draft: boolean;
  /** A live story while its coverage goes on: cards label it and give its latest update's time. */
  live?: { lastUpdated: string; time: string };
  /** What the story is when it is not news ("Analysis", "Sponsored by …"), shown on it and its cards. */
  label?: string;
  /** Opinion, editorials and letters: shown apart from reporting. */
  opinion: boolean;
  sponsored: boolean;
}

/** The canonical path of an article. */
export function articlePath(article: Pick<Article, 'section' | 'slug'>): string {
  return `/${article.section}/${article.slug}`;
}

/** Author ids as a byline shows them: name and page. */
export function authorLinks(index: ContentIndex, ids: readonly string[]): ArticleSummary['authors'] {
  return ids.map((id) => {
    const author = index.authors.get(id);
    return { id, name: author?.name ?? id, href: `/authors/${id}`, role: author?.role };
  });
}

/** Resolves an article's section and author names for display. */
export function summarizeArticle(index: ContentIndex, article: Article): ArticleSummary {
  const section = index.sections.find((s) => s.slug === article.section);
  return {
    slug: article.slug,
    href: articlePath(article),
    title: article.title,
    summary: article.summary,
    section: { slug: article.section, name: section?.name ?? article.section, href: `/${article.section}` },
    authors: authorLinks(index, article.authors),
    date: article.date,
    updated: article.updated,
    image: sizedImage(article.image),
    readingMinutes: article.readingMinutes,
    draft: article.draft,
    ...(article.live?.status === 'live' && { live: liveNow(index, article) }),
    label: typeLabel(article),
    opinion: isOpinion(article.type),
    sponsored: article.type === 'sponsored',
  };
}

// The time alone when the latest update is today's; with its date when it is older.
function liveNow(index: ContentIndex, article: Article): ArticleSummary['live'] {
  const { timeZone, language } = index.site;
  const lastUpdated = index.live?.coverage(article.slug)?.lastUpdated ?? article.date;
  const today = formatDisplayDate(new Date().toISOString(), timeZone) === formatDisplayDate(lastUpdated, timeZone);
  const time = today
    ? formatTimeOfDay(lastUpdated, timeZone, language)
    : formatDisplayDateTime(lastUpdated, timeZone, language);
  return { lastUpdated, time };
}
