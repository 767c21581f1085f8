import { tokenize } from './tokenize';

/** A sparse, unit-length TF-IDF vector over an article's strongest terms. */
export type TermVector = Map<string, number>;

export interface TextFields {
  title: string;
  summary: string;
  plainText: string;
}

const TERMS_PER_ARTICLE = 24;
// The title names the story; the summary frames it; the body has the most words but the most noise.
const FIELD_WEIGHTS = { title: 3, summary: 2, plainText: 1 } as const;

/** Counts weighted term frequencies in an article's title, summary and body. */
export function countTerms(fields: TextFields): Map<string, number> {
  const counts = new Map<string, number>();
  for (const field of ['title', 'summary', 'plainText'] as const) {
    for (const term of tokenize(fields[field]))
      counts.set(term, (counts.get(term) ?? 0) + FIELD_WEIGHTS[field]);
  }
  return counts;
}

/**
 * Turns term counts into unit-length TF-IDF vectors keeping each article's strongest terms, so that
 * comparing two articles costs at most TERMS_PER_ARTICLE steps whatever the archive's size.
 */
export function buildTermVectors(counts: readonly Map<string, number>[]): TermVector[] {
  const documentFrequency = new Map<string, number>();
  for (const terms of counts)
    for (const term of terms.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  const n = counts.length;
  return counts.map((terms) => {
    const weighted = [...terms].map(
      ([term, tf]) =>
        [term, (1 + Math.log(tf)) * Math.log(1 + n / (documentFrequency.get(term) ?? 1))] as const,
    );
    weighted.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    const top = weighted.slice(0, TERMS_PER_ARTICLE);
    const norm = Math.hypot(...top.map(([, w]) => w)) || 1;
    return new Map(top.map(([term, w]) => [term, w / norm]));
  });
}

/** Cosine similarity of two unit-length vectors. */
export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}
