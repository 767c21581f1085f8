import { OptimizedImage } from './optimized-image';

interface Props {
  src: string;
  alt: string;
  width: number;
  height: number;
}

/**
 * An image in an article's body, through next/image: a responsive srcset in modern formats, its size
 * reserved so the text never jumps, and lazy loading, since body images sit below the fold.
 */
export function BodyImage({ src, alt, width, height }: Props) {
  return (
    <OptimizedImage
      src={src}
      alt={alt}
      width={width}
      height={height}
      sizes="(min-width: 48rem) 46rem, 100vw"
      loading="lazy"
    />
  );
}
