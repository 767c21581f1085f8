import type { SizedImage } from '@/lib/content/article-summary';
import { OptimizedImage } from './optimized-image';

/**
 * A small picture of a story beside its link in a list, cut to 4×3 around the photo's focus. Its
 * size is reserved and it loads lazily; its alt is empty, as the link beside it says what it is.
 */
export function StoryThumbnail({ image }: { image: SizedImage }) {
  const [x, y] = image.focus ?? [0.5, 0.5];
  return (
    <OptimizedImage
      className="story-thumbnail"
      src={image.src}
      alt=""
      width={96}
      height={72}
      loading="lazy"
      style={{ objectPosition: `${Math.round(x * 100)}% ${Math.round(y * 100)}%` }}
    />
  );
}
