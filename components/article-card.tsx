import type { ArticleSummary } from '@/lib/content/article-summary';
import { formatIsoInZone } from '@/lib/dates/format-date';
import { AuthorNames } from './author-names';
import { PublishedDate } from './published-date';
import { StoryThumbnail } from './story-thumbnail';
import { TypeLabel } from './type-label';

interface Props {
  article: ArticleSummary;
  timeZone: string;
  /** The heading level that fits the page's outline. */
  headingLevel?: 2 | 3;
  /** A small picture of the story beside it (not for a lead story, whose picture is shown large). */
  thumbnail?: boolean;
}

/**
 * An article in a list: section, its type's label, title, summary, byline and date (a live story: its
 * LIVE label and latest update). Opinion and sponsored cards carry a class of their own.
 */
export function ArticleCard({ article, timeZone, headingLevel = 2, thumbnail = true }: Props) {
  const Heading = `h${headingLevel}` as const;
  return (
    <article
      className={[
        'card',
        article.opinion && 'card-opinion',
        article.sponsored && 'card-sponsored',
        thumbnail && article.image && 'card-with-thumbnail',
      ]
        .filter(Boolean)
        .join(' ')}
    >
      {thumbnail && article.image && <StoryThumbnail image={article.image} />}
      <p className="card-section">
        <a href={article.section.href}>{article.section.name}</a>
      </p>
      <Heading className="card-title">
        {article.live && <span className="live-label live-label-live">Live</span>}
        {article.live && ' '}
        <TypeLabel article={article} />
        {article.label && ' '}
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
