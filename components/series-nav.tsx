import type { ArticleSummary } from '@/lib/content/article-summary';

interface Props {
  series: { id: string; name: string; part: number; of: number };
  previous?: Pick<ArticleSummary, 'href' | 'title'>;
  next?: Pick<ArticleSummary, 'href' | 'title'>;
}

/** "Part 3 of 7 in <series>", with the parts either side: a story thread a reader can walk. */
export function SeriesNav({ series, previous, next }: Props) {
  return (
    <nav aria-label="Series" className="series-nav">
      <p>
        Part {series.part} of {series.of} in <a href={`/series/${series.id}`}>{series.name}</a>
      </p>
      {(previous || next) && (
        <ul>
          {previous && (
            <li>
              <a href={previous.href} rel="prev">
                ← Previous: {previous.title}
              </a>
            </li>
          )}
          {next && (
            <li>
              <a href={next.href} rel="next">
                Next: {next.title} →
              </a>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}
