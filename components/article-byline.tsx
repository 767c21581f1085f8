import type { ArticleSummary } from '@/lib/content/article-summary';
import { AuthorNames } from './author-names';
import { PublishedDate } from './published-date';

interface Props {
  article: Pick<ArticleSummary, 'authors' | 'date' | 'updated' | 'readingMinutes'>;
  timeZone: string;
}

/** "by <Author>", the publication date, "Updated …" when edited later, and the reading time. */
export function ArticleByline({ article, timeZone }: Props) {
  return (
    <div className="byline">
      <p className="byline-authors">
        by <AuthorNames authors={article.authors} />
      </p>
      <p className="byline-meta">
        <PublishedDate iso={article.date} timeZone={timeZone} />
        {article.updated && (
          <>
            {' · '}Updated <PublishedDate iso={article.updated} timeZone={timeZone} />
          </>
        )}
        {' · '}
        {article.readingMinutes} min read
      </p>
    </div>
  );
}
