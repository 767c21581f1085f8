import { notFound } from 'next/navigation';
import { getAudience, getContentIndex, visibleArticles } from '@/lib/content';
import { formatMonth } from '@/lib/dates/format-date';
import { filterByMonth } from '@/lib/lists/group-by-month';
import type { ListSpec } from './list-view';

/** The published articles of one month, or 404 for a malformed month or one without articles. */
export async function monthList(year: string, month: string): Promise<ListSpec & { title: string }> {
  if (!/^\d{4}$/.test(year) || !/^(0[1-9]|1[0-2])$/.test(month)) notFound();
  const index = await getContentIndex();
  const articles = filterByMonth(
    visibleArticles(index.articles, getAudience()),
    `${year}-${month}`,
    index.site.timeZone,
  );
  if (articles.length === 0) notFound();
  const title = formatMonth(`${year}-${month}`);
  return { index, articles, basePath: `/archive/${year}/${month}`, heading: `Archive: ${title}`, title };
}
