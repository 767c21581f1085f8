/**
 * Normalises a slug or tag to lower-case letters, digits and single hyphens. Latin letters lose their
 * accents; other scripts' letters are kept. Returns '' when nothing safe is left.
 * @example slugify('Café Society') // "cafe-society"
 * @example slugify('../etc/passwd') // "etc-passwd"
 */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

/** True when a slug is already in the normal form `slugify` produces. */
export function isSafeSlug(value: string): boolean {
  return value.length > 0 && slugify(value) === value;
}
