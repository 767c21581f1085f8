import type { Element } from 'hast';
import { stringProperty } from './html-tree';

// Where an image's file is: WordPress sizes and lazy-loading plugins give one picture many addresses.

/** A path that names a picture file. */
export const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif|bmp|tiff?)$/i;
const SIZE_QUERY = new Set(['w', 'h', 'resize', 'fit', 'ssl', 'zoom', 'crop', 'quality', 'strip']);

/**
 * The original upload a WordPress size stands for: `photo-300x200.jpg` and `photo-scaled.jpg` are
 * both cut from `photo.jpg`, and `?w=640` asks a CDN for a size of the same file.
 * @example originalImageUrl('https://old.example/wp-content/uploads/2012/01/photo-300x200.jpg?w=300') // '…/2012/01/photo.jpg'
 */
export function originalImageUrl(src: string): string {
  const [path = src, query] = src.split('?', 2);
  const keepQuery = query && [...new URLSearchParams(query).keys()].some((key) => !SIZE_QUERY.has(key));
  const original = path.replace(/(-\d{1,5}x\d{1,5}|-scaled)+(\.[a-z0-9]{2,5})$/i, '$2');
  return keepQuery ? `${original}?${query}` : original;
}

/** The addresses an image may be known by, best first: lazy-loading plugins keep the real one in data-*. */
export function candidatesOf(image: Element, href: string | undefined): string[] {
  const srcset = (stringProperty(image, 'srcSet') ?? stringProperty(image, 'dataSrcset') ?? '')
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/))
    .sort((a, b) => Number.parseInt(b[1] ?? '0', 10) - Number.parseInt(a[1] ?? '0', 10))
    .map(([url]) => url ?? '');
  const sources = [
    stringProperty(image, 'dataOrigFile'),
    stringProperty(image, 'dataLazySrc'),
    stringProperty(image, 'dataSrc'),
    stringProperty(image, 'src'),
    ...srcset,
    href,
  ];
  return [...new Set(sources.filter((src): src is string => !!src && !src.startsWith('data:')))];
}
