import type { ArticleSummary } from '@/lib/content/article-summary';
import { PublishedDate } from './published-date';
import { TypeLabel } from './type-label';

/** "You may also like": links to related articles with their section and date. */
export function RelatedArticles({ articles, timeZone }: { articles: ArticleSummary[]; timeZone: string }) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby="related-heading" className="related">
      <h2 id="related-heading">You may also like</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.slug}>
            <TypeLabel article={article} />
            {article.label && ' '}
            <a href={article.href}>{article.title}</a>
            <p className="meta">
              {article.section.name} · <PublishedDate iso={article.date} timeZone={timeZone} />
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
