import { createHash } from 'node:crypto';
import type { LeadImage } from '../content/article';

/**
 * The crops cut from every lead image: the three aspect ratios Google asks for in a NewsArticle's
 * `image` (16×9, 4×3, 1×1, each at least 1,200 px wide, for Top stories and Discover), and the
 * 1200×630 card that og:image and twitter:image show when the story is shared.
 */
export const CROPS = {
  '16x9': { width: 1200, height: 675 },
  '4x3': { width: 1200, height: 900 },
  '1x1': { width: 1200, height: 1200 },
  social: { width: 1200, height: 630 },
} as const;
export type CropName = keyof typeof CROPS;
export const CROP_NAMES = Object.keys(CROPS) as CropName[]; // the keys of a literal object
/** The crops the structured data lists, widest ratio first. */
export const SCHEMA_CROPS: readonly CropName[] = ['16x9', '4x3', '1x1'];

// Bump when the way crops are cut or encoded changes: every crop's name changes with it.
const CROP_VERSION = 1;
const CENTRE: [number, number] = [0.5, 0.5];

/**
 * A short hash of what a crop is made from (the file's path, size and bytes, and the focus), in the
 * crop's name: a new photo or focus gives new names, so each name's bytes never change and may be
 * cached for a year.
 */
export function cropVersion(image: LeadImage): string {
  const focus = image.focus ?? CENTRE;
  return createHash('sha256')
    .update(JSON.stringify([CROP_VERSION, image.src, image.width, image.height, image.bytes, focus]))
    .digest('base64url')
    .slice(0, 10)
    .replace(/[-_]/g, '0');
}

/** The file name of one crop of a lead image: `16x9-<version>.jpg`. */
export function cropFileName(image: LeadImage, name: CropName): string {
  return `${name}-${cropVersion(image)}.jpg`;
}

/** The path of a crop, under its story's address: `/news/x/images/16x9-<version>.jpg`. */
export function cropPath(articlePath: string, image: LeadImage, name: CropName): string {
  return `${articlePath}/images/${cropFileName(image, name)}`;
}

/** Which crop a file name asks for, or undefined when it names none of this image's (an old version). */
export function parseCropFileName(file: string, image: LeadImage): CropName | undefined {
  return CROP_NAMES.find((name) => cropFileName(image, name) === file);
}

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * The largest box of `aspect` (width / height) inside a `width`×`height` image, centred on the focus
 * ([x, y] from 0 to 1) as far as the image's edges allow.
 * @example cropBox(1600, 900, 1, [0, 0.5]) // { left: 0, top: 0, width: 900, height: 900 }
 */
export function cropBox(
  width: number,
  height: number,
  aspect: number,
  focus: readonly [number, number] = CENTRE,
): Box {
  const boxWidth = Math.min(width, Math.round(height * aspect));
  const boxHeight = Math.min(height, Math.round(boxWidth / aspect));
  const place = (size: number, box: number, at: number) =>
    Math.round(Math.min(Math.max(size * at - box / 2, 0), size - box));
  return {
    left: place(width, boxWidth, focus[0]),
    top: place(height, boxHeight, focus[1]),
    width: boxWidth,
    height: boxHeight,
  };
}
