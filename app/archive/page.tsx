import type { Metadata } from 'next';
import { pageMetadata } from '../_views/page-metadata';
import { getAudience, getContentIndex, visibleArticles } from '@/lib/content';
import { formatMonth } from '@/lib/dates/format-date';
import { groupByMonth } from '@/lib/lists/group-by-month';

export const revalidate = 60;
export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContentIndex();
  return pageMetadata(site, {
    title: 'Archive',
    description: 'Every story we have published, month by month.',
    path: '/archive',
  });
}

export default async function ArchivePage() {
  const index = await getContentIndex();
  const months = groupByMonth(visibleArticles(index.articles, getAudience()), index.site.timeZone);
  return (
    <>
      <header className="page-header">
        <h1>Archive</h1>
        <p>Every story we have published, month by month.</p>
      </header>
      <ul className="term-list">
        {months.map((m) => (
          <li key={m.key}>
            <a href={`/archive/${m.year}/${m.month}`}>{formatMonth(m.key)}</a>{' '}
            <span className="meta">
              ({m.count} {m.count === 1 ? 'story' : 'stories'})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
