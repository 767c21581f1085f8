/** Every tag a cache entry answers to: its stored tags, its path tags and the lookup's tags. */
export function entryTags(value: unknown, lookupTags?: readonly string[]): string[];
/** Whether an entry written at `lastModified` (ms) was invalidated by a later revalidation of one of its tags. */
export function isInvalidated(
  lastModified: number,
  stamps: ReadonlyArray<string | number | null | undefined>,
): boolean;
