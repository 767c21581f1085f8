import type { ArticleSummary } from '@/lib/content/article-summary';
import type { TextPart } from '@/lib/search/highlight';
import { HighlightedText } from './highlighted-text';
import { PublishedDate } from './published-date';
import { TypeLabel } from './type-label';

export interface SearchResult {
  article: ArticleSummary;
  title: TextPart[];
  snippet: TextPart[];
}

/** Ranked search results, each with its highlighted title and snippet, section and date. */
export function SearchResults({
  results,
  start,
  timeZone,
}: {
  results: SearchResult[];
  start: number;
  timeZone: string;
}) {
  return (
    <ol className="search-results" start={start}>
      {results.map(({ article, title, snippet }) => (
        <li key={article.slug}>
          <h2 className="card-title">
            <TypeLabel article={article} />
            {article.label && ' '}
            <a href={article.href}>
              <HighlightedText parts={title} />
            </a>
          </h2>
          <p className="card-summary">
            <HighlightedText parts={snippet} />
          </p>
          <p className="meta">
            {article.section.name} · <PublishedDate iso={article.date} timeZone={timeZone} />
          </p>
        </li>
      ))}
    </ol>
  );
}
