import Image from 'next/image';
import type { ArticleSummary } from '@/lib/content/article-summary';
import { AuthorNames } from './author-names';
import { PublishedDate } from './published-date';

interface Props {
  article: ArticleSummary;
  timeZone: string;
}

/** The page's top story: larger, with its picture loaded first. */
export function LeadStory({ article, timeZone }: Props) {
  const { image } = article;
  return (
    <article className="lead-story">
      {image && (
        <Image src={image.src} alt={image.alt} width={image.width} height={image.height} sizes="(min-width: 64rem) 38rem, 100vw" loading="eager" fetchPriority="high" />
      )}
      <div>
        <p className="card-section">
          <a href={article.section.href}>{article.section.name}</a>
        </p>
        <h2 className="lead-title">
          <a href={article.href}>{article.title}</a>
        </h2>
        <p className="card-summary">{article.summary}</p>
        <p className="meta">
          by <AuthorNames authors={article.authors} /> · <PublishedDate iso={article.date} timeZone={timeZone} />
        </p>
      </div>
    </article>
  );
}
