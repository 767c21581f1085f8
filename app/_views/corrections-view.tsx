import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { InlineMarkdown } from '@/components/inline-markdown';
import { Pagination } from '@/components/pagination';
import { PublishedDate } from '@/components/published-date';
import { noteId } from '@/components/correction-notes';
import { articlePath, getAudience, getContentIndex } from '@/lib/content';
import { buildCorrectionsFeed, FEED_FILES, type FeedFormat } from '@/lib/feeds/build-feed';
import { correctionsLog, correctionsPage } from '@/lib/lists/corrections-log';
import { pagePath } from '@/lib/lists/paginate';
import { pageMetadata } from './page-metadata';

const DESCRIPTION =
  'Every correction and clarification we have published, newest first, each linked to the note on its story.';

export async function correctionsMetadata(page: number): Promise<Metadata> {
  const { site } = await getContentIndex();
  return pageMetadata(site, {
    title: page > 1 ? `Corrections (page ${page})` : 'Corrections',
    description: DESCRIPTION,
    path: pagePath('/corrections', page),
    feedList: { path: '/corrections', title: 'Corrections' },
  });
}

/** A page of the corrections log: each note's date, kind, story and text, linked to the note. */
export async function CorrectionsView({ page }: { page: number }) {
  const index = await getContentIndex();
  const selected = correctionsPage(index, getAudience(), page);
  if (!selected) notFound();
  const { timeZone } = index.site;
  const policy = index.pages.get('corrections-policy');
  return (
    <section aria-labelledby="corrections-log-heading" className="corrections-log">
      <header className="page-header">
        <h1 id="corrections-log-heading">Corrections</h1>
        <p>
          {DESCRIPTION}
          {policy && (
            <>
              {' '}
              How we correct: <a href="/corrections-policy">{policy.title}</a>.
            </>
          )}
        </p>
        {page > 1 && <p>Page {page}</p>}
      </header>
      {selected.items.length === 0 ? (
        <p>No corrections or clarifications yet.</p>
      ) : (
        <ol className="corrections-list">
          {selected.items.map(({ article, note, position }) => (
            <li key={`${article.slug}-${position}`}>
              <p className="meta">
                {note.kind === 'clarification' ? 'Clarification' : 'Correction'},{' '}
                <PublishedDate iso={note.date} timeZone={timeZone} />
              </p>
              <h2 className="card-title">
                <a href={`${articlePath(article)}#${noteId(position)}`}>{article.title}</a>
              </h2>
              <p>
                <InlineMarkdown nodes={note.inline} />
              </p>
            </li>
          ))}
        </ol>
      )}
      <Pagination basePath="/corrections" page={selected.page} pageCount={selected.pageCount} />
    </section>
  );
}

/** The corrections log as a feed. */
export async function correctionsFeedResponse(format: FeedFormat): Promise<Response> {
  const index = await getContentIndex();
  return new Response(buildCorrectionsFeed(index, correctionsLog(index, getAudience()), format), {
    headers: {
      'Content-Type': `${FEED_FILES[format].type}; charset=utf-8`,
      'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
    },
  });
}
