import type { ContentIndex } from './content-index';

/**
 * `build` run once per content index and kept as long as the index is: the lists the router and the
 * pages derive from the whole archive (opinion, the corrections log, series, follow-ups), which each
 * request would otherwise walk again. A reload makes a new index, so nothing goes stale.
 */
export function perIndex<T>(build: (index: ContentIndex) => T): (index: ContentIndex) => T {
  const built = new WeakMap<ContentIndex, T>();
  return (index) => {
    if (!built.has(index)) built.set(index, build(index));
    return built.get(index) as T; // set just above
  };
}
