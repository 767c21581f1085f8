import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getAudience, getContentIndex } from '@/lib/content';
import { findRemoved } from '@/lib/content/queries';
import { hasStandingPage } from '@/lib/content/standing-pages';
import { formatDisplayDate } from '@/lib/dates/format-date';

// A removed story's address answers with this notice and 410 Gone: proxy.ts rewrites it here. Asked
// for by this path, the router says it does not exist.
export const revalidate = 60;

export function generateStaticParams() {
  return [];
}

export const metadata: Metadata = { title: 'This article has been removed', robots: { index: false } };

export default async function RemovedArticlePage(props: PageProps<'/_gone/[slug]'>) {
  const { slug } = await props.params;
  const index = await getContentIndex();
  const article = findRemoved(index, decodeURIComponent(slug), getAudience());
  if (!article?.removed) notFound();
  const { reason, date } = article.removed;
  return (
    <div className="removed-notice">
      <h1>This article has been removed</h1>
      <p>
        {index.site.name} removed this article on{' '}
        <time dateTime={date}>{formatDisplayDate(date, index.site.timeZone)}</time>.
      </p>
      {reason && <p className="removed-reason">{reason}</p>}
      <p>
        {hasStandingPage(index, 'corrections-policy') && (
          <>
            Read how we handle <a href="/corrections-policy">corrections and removals</a>, or go to the{' '}
          </>
        )}
        {!hasStandingPage(index, 'corrections-policy') && 'Go to the '}
        <a href="/">home page</a>.
      </p>
    </div>
  );
}
