/**
 * What groupBy would make of a list after `gone` left it and `added` joined it, from the groups of
 * the list before: only the groups those items belong to are made again, each in `order` (the
 * order of the lists), so a publish costs its own stories' groups, not the archive's. The other
 * groups' lists are shared with `groups`, which stays as it was.
 */
export function patchGroups<T>(
  groups: ReadonlyMap<string, readonly T[]>,
  gone: ReadonlySet<T>,
  added: readonly T[],
  keysOf: (item: T) => Iterable<string>,
  order: (a: T, b: T) => number,
): Map<string, T[]> {
  // The lists are never changed in place: an untouched one is shared by both indexes.
  const patched = new Map(groups) as Map<string, T[]>;
  const joining = new Map<string, T[]>();
  for (const item of added)
    for (const key of keysOf(item)) joining.set(key, [...(joining.get(key) ?? []), item]);
  const touched = new Set(joining.keys());
  for (const item of gone) for (const key of keysOf(item)) touched.add(key);
  for (const key of touched) {
    const kept = (groups.get(key) ?? []).filter((item) => !gone.has(item));
    const list = mergeSorted(kept, (joining.get(key) ?? []).toSorted(order), order);
    if (list.length > 0) patched.set(key, list);
    else patched.delete(key);
  }
  return patched;
}

/** Two lists already in `order`, as one list in `order`; on a tie, `a`'s item comes first. */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], order: (a: T, b: T) => number): T[] {
  if (b.length === 0) return [...a];
  const merged: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) merged.push(order(b[j]!, a[i]!) < 0 ? b[j++]! : a[i++]!); // both within bounds
  while (i < a.length) merged.push(a[i++]!); // within bounds
  while (j < b.length) merged.push(b[j++]!); // within bounds
  return merged;
}
