import type { ReactNode } from 'react';
import type { ArticleSummary } from '@/lib/content/article-summary';
import { ArticleCard } from './article-card';
import { LeadStory } from './lead-story';
import { Pagination } from './pagination';

interface Props {
  heading: ReactNode;
  intro?: ReactNode;
  lead?: ArticleSummary;
  articles: ArticleSummary[];
  basePath: string;
  page: number;
  pageCount: number;
  timeZone: string;
}

/** A list page: heading, optional lead story, article cards and pagination. */
export function Listing({ heading, intro, lead, articles, basePath, page, pageCount, timeZone }: Props) {
  return (
    <>
      <header className="page-header">
        <h1>{heading}</h1>
        {typeof intro === 'string' ? <p className="list-intro">{intro}</p> : intro}
        {page > 1 && <p>Page {page}</p>}
      </header>
      {lead && (
        <section aria-label="Lead story">
          <LeadStory article={lead} timeZone={timeZone} />
        </section>
      )}
      {articles.length > 0 ? (
        <div className="card-grid">
          {articles.map((article) => (
            <ArticleCard key={article.slug} article={article} timeZone={timeZone} />
          ))}
        </div>
      ) : (
        !lead && <p>No articles yet.</p>
      )}
      <Pagination basePath={basePath} page={page} pageCount={pageCount} />
    </>
  );
}
