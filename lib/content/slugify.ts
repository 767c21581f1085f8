import { foldText } from '../text/fold-text';

const MAX_SLUG_LENGTH = 120;

/**
 * Normalises a slug or tag to lower-case letters, digits and single hyphens, in any script: Latin
 * and Greek letters lose their accents (foldText), other scripts keep their letters and the marks
 * that belong to them. Returns '' when nothing safe is left.
 * @example slugify('Café Society') // "cafe-society"
 * @example slugify('Περιεχόμενο') // "περιεχομενο"
 * @example slugify('../etc/passwd') // "etc-passwd"
 */
export function slugify(value: string): string {
  const slug = foldText(value)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^[-\p{M}]+|-+$/gu, '');
  // Cut by code points, so a letter outside the Basic Multilingual Plane is never split in half.
  const points = [...slug];
  return points.length <= MAX_SLUG_LENGTH
    ? slug
    : points.slice(0, MAX_SLUG_LENGTH).join('').replace(/-+$/, '');
}

/** True when a slug is already in the normal form `slugify` produces. */
export function isSafeSlug(value: string): boolean {
  return value.length > 0 && slugify(value) === value;
}
