import { getImageProps, type ImageProps } from 'next/image';

/**
 * next/image's resizing, formats, srcset and reserved size, as a plain server-rendered <img>. The
 * `Image` component is a client component and would ship its code (and hydrate) on every page;
 * getImageProps gives the same markup with no JavaScript.
 */
export function OptimizedImage(props: ImageProps) {
  const { props: image } = getImageProps(props);
  return <img {...image} alt={props.alt} />;
}
