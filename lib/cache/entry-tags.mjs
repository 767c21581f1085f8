// Plain JavaScript: Next.js loads the cache handler at run time, outside the bundler.

/** The response header in which Next.js lists a cached page's or route's tags, comma-separated. */
const TAGS_HEADER = 'x-next-cache-tags';

/**
 * Every tag a cache entry answers to: the ones Next.js stored with a page or route (including the
 * implicit `_N_T_/…` path tags that revalidatePath uses), a fetch's own tags, and the tags of the
 * current lookup.
 * @param {unknown} value
 * @param {readonly string[]} [lookupTags]
 * @returns {string[]}
 */
export function entryTags(value, lookupTags = []) {
  const tags = new Set(lookupTags);
  // Next.js's entries are its own shapes, read here only for these two optional fields.
  const entry = /** @type {{ headers?: Record<string, unknown>, tags?: unknown } | null | undefined} */ (
    value
  );
  const header = entry?.headers?.[TAGS_HEADER];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  if (Array.isArray(entry?.tags)) for (const tag of entry.tags) if (typeof tag === 'string') tags.add(tag);
  return [...tags];
}

/**
 * Whether an entry written at `lastModified` (ms) was invalidated by a later revalidation of one of its
 * tags; `stamps` are the tags' revalidation times as Redis returns them (strings, or null if never).
 * @param {number} lastModified
 * @param {ReadonlyArray<string | number | null | undefined>} stamps
 * @returns {boolean}
 * @example isInvalidated(1000, [null, '999']) // false: revalidated before the entry was written
 */
export function isInvalidated(lastModified, stamps) {
  return stamps.some((stamp) => stamp !== null && stamp !== undefined && Number(stamp) > lastModified);
}
