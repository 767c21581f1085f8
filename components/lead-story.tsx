import { OptimizedImage } from './optimized-image';
import type { ArticleSummary } from '@/lib/content/article-summary';
import { ArticleCard } from './article-card';

interface Props {
  article: ArticleSummary;
  timeZone: string;
}

/** The page's top story: a larger card beside its picture, which loads first. */
export function LeadStory({ article, timeZone }: Props) {
  const { image } = article;
  return (
    <div className="lead-story">
      {image && (
        <OptimizedImage
          src={image.src}
          alt={image.alt}
          width={image.width}
          height={image.height}
          sizes="(min-width: 64rem) 38rem, 100vw"
          loading="eager"
          fetchPriority="high"
        />
      )}
      <ArticleCard article={article} timeZone={timeZone} thumbnail={false} />
    </div>
  );
}
