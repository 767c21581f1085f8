/** The file line of a top-level front-matter key (YAML `key:`, TOML `key =`, JSON `"key":`). */
export function keyLine(text: string, bodyLine: number, key?: string): number | undefined {
  if (!key) return undefined;
  const lines = text.split('\n').slice(0, bodyLine - 1);
  const index = lines.findIndex((line) => new RegExp(`^\\s*"?${key}"?\\s*[:=]`).test(line));
  return index >= 0 ? index + 1 : undefined;
}

/**
 * The title Jekyll gives a post without one, from its file name's slug.
 * @example titleOfSlug('rail-fares') // 'Rail Fares'
 */
export function titleOfSlug(slug: string): string {
  return decode(slug)
    .split('-')
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/** A slug or path percent-decoded, or as it is when it is no valid encoding. */
export function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
