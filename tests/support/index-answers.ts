import type { LoadedIndex } from '@/lib/content/load-content-index';

/**
 * What a loaded index answers, its functions included, so indexes made different ways (a full load,
 * a snapshot, a reload of changes) can be compared with toEqual.
 */
export function indexAnswers(loaded: LoadedIndex) {
  if (!loaded.result.ok) throw new Error(JSON.stringify(loaded.result.problems, null, 2));
  const { relatedTo, prepareRelated, bodyStart, trees, ...index } = loaded.result.value;
  return {
    ...index,
    related: index.articles.map((a) => relatedTo(a.slug)),
    texts: index.articles.map((a) => bodyStart(a.slug)),
    bodies: index.articles.map((a) => trees.get(a.bodyKey)),
    warnings: loaded.warnings,
  };
}
