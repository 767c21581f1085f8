import type { ArticleSummary } from '@/lib/content/article-summary';
import { AuthorNames } from './author-names';
import { PublishedDate } from './published-date';

interface Props {
  article: Pick<ArticleSummary, 'authors' | 'date' | 'updated' | 'readingMinutes'>;
  timeZone: string;
  /** The site's language, for the zone's name after the time ("GMT", "BST"). */
  language: string;
}

/**
 * "by <Author>", then when it was published and, when edited later, updated, each to the minute with
 * the zone (a reader elsewhere, or a story that moves by the hour, needs both), and the reading time.
 */
export function ArticleByline({ article, timeZone, language }: Props) {
  return (
    <div className="byline">
      <p className="byline-authors">
        by <AuthorNames authors={article.authors} roles />
      </p>
      <p className="byline-meta">
        Published <PublishedDate iso={article.date} timeZone={timeZone} language={language} />
        {article.updated && (
          <>
            {' · '}Updated <PublishedDate iso={article.updated} timeZone={timeZone} language={language} />
          </>
        )}
        {' · '}
        {article.readingMinutes} min read
      </p>
    </div>
  );
}
