import { subMonths } from 'date-fns';
import type { Article } from '../content/article';

export const DEFAULT_AGE_NOTICE_MONTHS = 12;

/**
 * "This article is more than 1 year old" when a story was published more than `months` months before
 * `now`, so a reader arriving from a search or a share knows it is not news; never on a live story
 * whose coverage goes on.
 * @example ageNotice({ date: '2024-05-01T09:00:00Z', type: 'news' }, new Date('2026-12-01'), 12) // 'This article is more than 1 year old'
 */
export function ageNotice(
  article: Pick<Article, 'date' | 'type' | 'live'>,
  now: Date,
  months = DEFAULT_AGE_NOTICE_MONTHS,
): string | undefined {
  if (article.type === 'live' && article.live?.status === 'live') return undefined;
  if (Date.parse(article.date) >= subMonths(now, months).getTime()) return undefined;
  const age =
    months % 12 === 0
      ? `${months / 12} ${months === 12 ? 'year' : 'years'}`
      : `${months} ${months === 1 ? 'month' : 'months'}`;
  return `This article is more than ${age} old`;
}
