import type { ArticleSummary } from '@/lib/content/article-summary';
import { formatIsoInZone } from '@/lib/dates/format-date';
import { AuthorNames } from './author-names';
import { PublishedDate } from './published-date';

interface Props {
  article: ArticleSummary;
  timeZone: string;
  /** The heading level that fits the page's outline. */
  headingLevel?: 2 | 3;
}

/** An article in a list: section, title, summary, byline and date (a live story: its label and latest update). */
export function ArticleCard({ article, timeZone, headingLevel = 2 }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article className="card">
      <p className="card-section">
        <a href={article.section.href}>{article.section.name}</a>
      </p>
      <Heading className="card-title">
        {article.live && <span className="live-label live-label-live">Live</span>}
        {article.live && ' '}
        <a href={article.href}>{article.title}</a>
      </Heading>
      <p className="card-summary">{article.summary}</p>
      <p className="meta">
        by <AuthorNames authors={article.authors} /> ·{' '}
        {article.live ? (
          <>
            Last updated{' '}
            <time dateTime={formatIsoInZone(article.live.lastUpdated, timeZone)}>{article.live.time}</time>
          </>
        ) : (
          <PublishedDate iso={article.date} timeZone={timeZone} />
        )}
      </p>
    </article>
  );
}
