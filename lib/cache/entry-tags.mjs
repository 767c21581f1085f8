// Plain JavaScript: Next.js loads the cache handler at run time, outside the bundler.

/** The response header in which Next.js lists a cached page's or route's tags, comma-separated. */
const TAGS_HEADER = 'x-next-cache-tags';

/**
 * Every tag a cache entry answers to: the ones Next.js stored with a page or route (including the
 * implicit `_N_T_/…` path tags that revalidatePath uses), a fetch's own tags, and the tags of the
 * current lookup.
 */
export function entryTags(value, lookupTags = []) {
  const tags = new Set(lookupTags);
  const header = value?.headers?.[TAGS_HEADER];
  if (typeof header === 'string') for (const tag of header.split(',')) if (tag) tags.add(tag);
  if (Array.isArray(value?.tags)) for (const tag of value.tags) tags.add(tag);
  return [...tags];
}

/**
 * Whether an entry written at `lastModified` (ms) was invalidated by a later revalidation of one of its
 * tags; `stamps` are the tags' revalidation times as Redis returns them (strings, or null if never).
 * @example isInvalidated(1000, [null, '999']) // false: revalidated before the entry was written
 */
export function isInvalidated(lastModified, stamps) {
  return stamps.some((stamp) => stamp !== null && stamp !== undefined && Number(stamp) > lastModified);
}
