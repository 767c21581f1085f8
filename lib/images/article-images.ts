import type { Article } from '../content/article';
import { articlePath } from '../content/article-summary';
import { CROPS, cropPath, SCHEMA_CROPS } from './crops';

/** The generated headline card (app/[section]/[slug]/opengraph-image.tsx): a story without a photo. */
export function headlineCardPath(article: Pick<Article, 'section' | 'slug'>): string {
  return `${articlePath(article)}/opengraph-image`;
}

/**
 * The images a story's structured data lists: its photo cut to 16×9, 4×3 and 1×1 (Google's ratios
 * for Top stories and Discover, each 1,200 px wide), or its headline card when it has no photo.
 */
export function schemaImagePaths(article: Pick<Article, 'section' | 'slug' | 'image'>): string[] {
  const { image } = article;
  if (!image?.width) return [headlineCardPath(article)];
  return SCHEMA_CROPS.map((name) => cropPath(articlePath(article), image, name));
}

/** The photo's 1200×630 crop that og:image and twitter:image show, or undefined for the headline card. */
export function socialImage(article: Pick<Article, 'section' | 'slug' | 'image'>) {
  const { image } = article;
  if (!image?.width) return undefined;
  return {
    url: cropPath(articlePath(article), image, 'social'),
    ...CROPS.social,
    alt: image.alt,
    type: 'image/jpeg',
  };
}
