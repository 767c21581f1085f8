import type { RankInput } from './rank-related';

/** A ranking input with its tags and terms as sorted numeric ids, so comparing two is a quick merge. */
export interface IndexedArticle {
  input: RankInput;
  /** Place in date order (oldest first, then by slug): the order of every posting list. */
  position: number;
  tagIds: Int32Array;
  termIds: Int32Array;
  /** The term vector's weight for each of `termIds`. */
  termWeights: Float64Array;
}

export interface ArticleIndex {
  /** In the order of the input. */
  indexed: IndexedArticle[];
  /** For each tag id, the articles with that tag, oldest first. */
  tagPostings: IndexedArticle[][];
  /** For each term id, the articles whose vector has that term, oldest first. */
  termPostings: IndexedArticle[][];
  /** For each tag id, log(1 + articles / articles with the tag): rarer tags weigh more. */
  tagWeight: Float64Array;
}

const EMPTY_VECTOR: RankInput['vector'] = new Map();

/** Numbers the tags and terms of ranking inputs and builds their posting lists in date order. */
export function indexArticles(articles: readonly RankInput[]): ArticleIndex {
  const tagIds = new Map<string, number>();
  const termIds = new Map<string, number>();
  const idOf = (ids: Map<string, number>, key: string) => ids.get(key) ?? ids.set(key, ids.size).size - 1;
  const indexed = articles.map((input): IndexedArticle => {
    const terms = [...input.vector]
      .map(([term, weight]) => [idOf(termIds, term), weight] as const)
      .sort((a, b) => a[0] - b[0]);
    return {
      // The vector lives on as ids and weights: the Map form (~2 KB an article, 200 MB at 100,000)
      // is not kept.
      input: { ...input, vector: EMPTY_VECTOR },
      position: 0,
      tagIds: Int32Array.from(new Set(input.tags.map((t) => idOf(tagIds, t)))).sort(),
      termIds: Int32Array.from(terms.map(([id]) => id)),
      termWeights: Float64Array.from(terms.map(([, weight]) => weight)),
    };
  });
  const ordered = [...indexed].sort(
    (a, b) =>
      a.input.date - b.input.date || (a.input.slug < b.input.slug ? -1 : a.input.slug > b.input.slug ? 1 : 0),
  );
  ordered.forEach((a, i) => (a.position = i));
  const tagPostings = Array.from({ length: tagIds.size }, (): IndexedArticle[] => []);
  const termPostings = Array.from({ length: termIds.size }, (): IndexedArticle[] => []);
  for (const a of ordered) {
    for (const id of a.tagIds) tagPostings[id]?.push(a);
    for (const id of a.termIds) termPostings[id]?.push(a);
  }
  const tagWeight = Float64Array.from(tagPostings, (list) => Math.log(1 + articles.length / list.length));
  return { indexed, tagPostings, termPostings, tagWeight };
}

/**
 * One article's tag and term weights spread over arrays indexed by id, so scoring a candidate is a lookup
 * per tag and term instead of a merge of two lists. Reused from article to article.
 */
export class WeightsOf {
  private readonly tags: Float64Array;
  private readonly terms: Float64Array;
  private current: IndexedArticle | undefined;

  constructor(index: ArticleIndex) {
    this.tags = new Float64Array(index.tagPostings.length);
    this.terms = new Float64Array(index.termPostings.length);
  }

  /** Makes `article` the one candidates are compared with. */
  load(article: IndexedArticle, tagWeight: Float64Array): void {
    if (this.current) {
      for (const id of this.current.tagIds) this.tags[id] = 0;
      for (const id of this.current.termIds) this.terms[id] = 0;
    }
    for (const id of article.tagIds) this.tags[id] = tagWeight[id] ?? 0;
    article.termIds.forEach((id, i) => (this.terms[id] = article.termWeights[i] ?? 0));
    this.current = article;
  }

  /** The summed weight of the tags `other` shares with the loaded article. */
  sharedTagWeight(other: IndexedArticle): number {
    let sum = 0;
    for (const id of other.tagIds) sum += this.tags[id] ?? 0;
    return sum;
  }

  /** Cosine similarity of `other`'s unit-length term vector with the loaded article's. */
  cosine(other: IndexedArticle): number {
    let sum = 0;
    for (let i = 0; i < other.termIds.length; i++)
      sum += (this.terms[other.termIds[i] ?? 0] ?? 0) * (other.termWeights[i] ?? 0);
    return sum;
  }
}
