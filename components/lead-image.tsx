import { OptimizedImage } from './optimized-image';
import type { SizedImage } from '@/lib/content/article-summary';

interface Props {
  image: SizedImage;
}

/** The lead image with its caption and credit; loaded eagerly because it is usually the largest paint. */
export function LeadImage({ image }: Props) {
  return (
    <figure className="lead-image">
      <OptimizedImage
        src={image.src}
        alt={image.alt}
        width={image.width}
        height={image.height}
        sizes="(min-width: 48rem) 46rem, 100vw"
        loading="eager"
        fetchPriority="high"
      />
      {(image.caption || image.credit) && (
        <figcaption>
          {image.caption}
          {image.caption && image.credit && ' '}
          {image.credit && <span className="credit">{image.credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
