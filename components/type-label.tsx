import type { ArticleSummary } from '@/lib/content/article-summary';

/**
 * What a story is when it is not news, before its headline: "Analysis", "Opinion"…, "Sponsored by …".
 * Text, not only colour, so it reads the same to everyone; nothing for news and live stories (those
 * have their LIVE label).
 */
export function TypeLabel({ article }: { article: Pick<ArticleSummary, 'label' | 'opinion' | 'sponsored'> }) {
  if (!article.label) return null;
  const kind = article.sponsored ? 'type-label-sponsored' : article.opinion ? 'type-label-opinion' : '';
  return <span className={`type-label ${kind}`.trim()}>{article.label}</span>;
}
