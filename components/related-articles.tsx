import type { ArticleSummary } from '@/lib/content/article-summary';
import { PublishedDate } from './published-date';
import { StoryThumbnail } from './story-thumbnail';
import { TypeLabel } from './type-label';

/**
 * "You may also like" (or another list of stories: "Follow-ups"), links with their type, section and
 * date; nothing when there are none.
 */
export function RelatedArticles({
  articles,
  timeZone,
  heading = 'You may also like',
  id = 'related-heading',
}: {
  articles: ArticleSummary[];
  timeZone: string;
  heading?: string;
  id?: string;
}) {
  if (articles.length === 0) return null;
  return (
    <section aria-labelledby={id} className="related">
      <h2 id={id}>{heading}</h2>
      <ul>
        {articles.map((article) => (
          <li key={article.slug} className={article.image ? 'with-thumbnail' : undefined}>
            {article.image && <StoryThumbnail image={article.image} />}
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
