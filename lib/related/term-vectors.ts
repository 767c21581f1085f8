import { tokenize } from './tokenize';

/**
 * A sparse, unit-length TF-IDF vector over an article's strongest terms: term ids (in the numbering of
 * the TermCounter that made it) in ascending order, with their weights.
 */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** A vector with no terms: an article with no words to compare. */
export const NO_TERMS: TermVector = Object.freeze({ ids: new Int32Array(0), weights: new Float64Array(0) });

export interface TextFields {
  title: string;
  summary: string;
  plainText: string;
}

const TERMS_PER_ARTICLE = 24;
// The title names the story; the summary frames it; the body has the most words but the most noise.
const FIELD_WEIGHTS = { title: 3, summary: 2, plainText: 1 } as const;

/**
 * Counts the weighted term frequencies of many articles into flat arrays under one numbering of
 * terms, then turns each into its vector. A Map of counts per article would hold ~2 KB a story until
 * the last was counted (200 MB at 100,000); the flat arrays hold ~250 bytes.
 */
export class TermCounter {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private documentFrequency = new Int32Array(1024);
  private readonly starts: number[] = [0];
  private ids = new Int32Array(4096);
  private frequencies = new Float64Array(4096);
  private readonly scratch = new Map<string, number>();

  /** Counts one more article's terms; articles are numbered in the order they are added. */
  add(fields: TextFields): void {
    const counts = this.scratch;
    counts.clear();
    for (const field of ['title', 'summary', 'plainText'] as const) {
      for (const term of tokenize(fields[field]))
        counts.set(term, (counts.get(term) ?? 0) + FIELD_WEIGHTS[field]);
    }
    let used = this.starts[this.starts.length - 1] ?? 0;
    this.reserve(used + counts.size);
    for (const [term, frequency] of counts) {
      const id = this.idOf(term);
      this.ids[used] = id;
      this.frequencies[used] = frequency;
      this.documentFrequency[id] = (this.documentFrequency[id] ?? 0) + 1;
      used++;
    }
    this.starts.push(used);
  }

  get size(): number {
    return this.starts.length - 1;
  }

  /**
   * Article `i`'s vector, keeping its strongest terms, so that comparing two articles costs at most
   * TERMS_PER_ARTICLE steps whatever the archive's size. Read once every article is counted.
   */
  vectorOf(i: number): TermVector {
    const start = this.starts[i] ?? 0;
    const end = this.starts[i + 1] ?? start;
    const n = this.size;
    const weighted: { id: number; weight: number }[] = [];
    for (let k = start; k < end; k++) {
      const id = this.ids[k] ?? 0;
      const tf = this.frequencies[k] ?? 1;
      weighted.push({ id, weight: (1 + Math.log(tf)) * Math.log(1 + n / (this.documentFrequency[id] || 1)) });
    }
    // Equal weights by term, so a vector never depends on the order terms were first seen in.
    weighted.sort((a, b) => b.weight - a.weight || compare(this.terms[a.id] ?? '', this.terms[b.id] ?? ''));
    const top = weighted.slice(0, TERMS_PER_ARTICLE).sort((a, b) => a.id - b.id);
    const norm = Math.hypot(...top.map((t) => t.weight)) || 1;
    return {
      ids: Int32Array.from(top, (t) => t.id),
      weights: Float64Array.from(top, (t) => t.weight / norm),
    };
  }

  private idOf(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      if (id >= this.documentFrequency.length) this.documentFrequency = grown(this.documentFrequency, id + 1);
    }
    return id;
  }

  private reserve(length: number): void {
    if (length <= this.ids.length) return;
    this.ids = grown(this.ids, length);
    this.frequencies = grown(this.frequencies, length);
  }
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function grown<T extends Int32Array | Float64Array>(array: T, atLeast: number): T {
  const next = new (array.constructor as new (length: number) => T)(Math.max(atLeast, array.length * 2));
  next.set(array);
  return next;
}

/** Every article's vector at once (tests, small archives): see TermCounter. */
export function buildTermVectors(articles: readonly TextFields[]): TermVector[] {
  const counter = new TermCounter();
  for (const fields of articles) counter.add(fields);
  return articles.map((_, i) => counter.vectorOf(i));
}
