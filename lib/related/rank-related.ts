import { LRUCache } from 'lru-cache';
import { groupBy } from '../content/group-by';
import { indexArticles, type IndexedArticle, WeightsOf } from './indexed-articles';
import type { TermVector } from './term-vectors';

export interface RankInput {
  slug: string;
  section: string;
  tags: readonly string[];
  /** Milliseconds since the epoch. */
  date: number;
  /** Slugs this article links to in its body. */
  linksTo: readonly string[];
  vector: TermVector;
}

/** Why a candidate ranks where it does: each part of the score, so a ranking can be explained. */
export interface RelatedScore {
  slug: string;
  score: number;
  tags: number;
  section: number;
  text: number;
  recency: number;
  link: number;
}

export const WEIGHTS = { tag: 1, section: 0.6, text: 3, recency: 0.5, link: 1.5 } as const;
const RECENCY_DAYS = 30;
const KEEP = 12;
const RANKINGS_KEPT = 5_000;
// From each tag's and term's posting list, only the articles nearest in time are candidates: a rare tag's
// whole list fits in the window wherever its stories are, while a word on half the archive brings only
// the stories around this one. This keeps the work per article flat as the archive grows.
const WINDOW = 40;

/**
 * Ranks, for every article, the other articles most like it: shared tags weighted by rarity, the same
 * section, TF-IDF cosine of title, summary and body, links between the two, and closeness in time.
 * @example rankRelated(articles).get('a')?.[0]?.slug // the closest article to "a"
 */
export function rankRelated(articles: readonly RankInput[]): Map<string, RelatedScore[]> {
  const relatedTo = createRelatedRanker(articles);
  return new Map(articles.map((a) => [a.slug, relatedTo(a.slug)]));
}

/**
 * Indexes the articles once and ranks one article's related stories when asked, remembering recent
 * answers: a server ranks only the articles readers open, so loading the archive costs no ranking at all.
 * Candidates come from inverted indexes of tags and terms, so one ranking costs the same at any archive size.
 * Unknown slugs rank nothing.
 */
export function createRelatedRanker(
  articles: readonly RankInput[],
  { kept = RANKINGS_KEPT } = {},
): (slug: string) => RelatedScore[] {
  const index = indexArticles(articles);
  const { indexed, tagPostings, termPostings, tagIds, termIds } = index;
  const weights = new WeightsOf(index);
  const bySlug = new Map(indexed.map((a) => [a.input.slug, a]));
  const linkedFrom = groupBy(indexed, (a) => a.input.linksTo);
  // Per-candidate marks reused across rankings: a stamp equal to the current ranking's number means
  // "set", so nothing is cleared between rankings.
  const seen = new Int32Array(indexed.length);
  const linked = new Int32Array(indexed.length);
  let round = 0;
  // A page is rendered once and then cached, so its ranking is rarely asked twice for long: kept for
  // the most recent articles only, so a crawl of 100,000 stories does not keep 100,000 rankings.
  const ranked = new LRUCache<string, RelatedScore[]>({ max: kept });

  const rank = (article: IndexedArticle): RelatedScore[] => {
    const stamp = ++round;
    const candidates: IndexedArticle[] = [];
    const add = (other: IndexedArticle | undefined) => {
      if (!other || other === article || seen[other.position] === stamp) return;
      seen[other.position] = stamp;
      candidates.push(other);
    };
    const collect = (postings: readonly IndexedArticle[][], keys: Int32Array, start: number, end: number) => {
      for (let k = start; k < end; k++) {
        const list = postings[keys[k] ?? 0] ?? [];
        const at = positionIn(list, article.position);
        for (let i = Math.max(0, at - WINDOW); i < Math.min(list.length, at + WINDOW + 1); i++) add(list[i]);
      }
    };
    const links = [
      ...article.input.linksTo.map((slug) => bySlug.get(slug)),
      ...(linkedFrom.get(article.input.slug) ?? []),
    ];
    for (const other of links) if (other) linked[other.position] = stamp;
    weights.load(article);
    collect(tagPostings, tagIds, article.tagStart, article.tagEnd);
    collect(termPostings, termIds, article.termStart, article.termEnd);
    links.forEach(add);

    const best: { other: IndexedArticle; score: number }[] = [];
    for (const other of candidates) {
      const score = scoreOf(article, other, weights, linked[other.position] === stamp);
      if (best.length === KEEP && !outranks(score, other, best[KEEP - 1]!)) continue; // best is full, so its last exists
      best.splice(insertionPoint(best, score, other), 0, { other, score });
      if (best.length > KEEP) best.pop();
    }
    return best.map(({ other }) => explain(article, other, weights, linked[other.position] === stamp));
  };

  return (slug) => {
    const article = bySlug.get(slug);
    if (!article) return [];
    let scores = ranked.get(slug);
    if (!scores) ranked.set(slug, (scores = rank(article)));
    return scores;
  };
}

function scoreOf(a: IndexedArticle, b: IndexedArticle, weights: WeightsOf, isLinked: boolean): number {
  return (
    weights.sharedTagWeight(b) * WEIGHTS.tag +
    sectionScore(a, b) +
    weights.cosine(b) * WEIGHTS.text +
    recencyScore(a, b) +
    (isLinked ? WEIGHTS.link : 0)
  );
}

// The same sum as scoreOf, part by part, for the few candidates that are kept.
function explain(a: IndexedArticle, b: IndexedArticle, weights: WeightsOf, isLinked: boolean): RelatedScore {
  const parts = {
    tags: weights.sharedTagWeight(b) * WEIGHTS.tag,
    section: sectionScore(a, b),
    text: weights.cosine(b) * WEIGHTS.text,
    recency: recencyScore(a, b),
    link: isLinked ? WEIGHTS.link : 0,
  };
  return { slug: b.input.slug, score: scoreOf(a, b, weights, isLinked), ...parts };
}

const sectionScore = (a: IndexedArticle, b: IndexedArticle) =>
  a.input.section === b.input.section ? WEIGHTS.section : 0;
const recencyScore = (a: IndexedArticle, b: IndexedArticle) =>
  Math.exp(-Math.abs(a.input.date - b.input.date) / 86_400_000 / RECENCY_DAYS) * WEIGHTS.recency;

// Higher score first; equal scores by slug, so the ranking never depends on input order.
function outranks(
  score: number,
  other: IndexedArticle,
  than: { other: IndexedArticle; score: number },
): boolean {
  return score > than.score || (score === than.score && other.input.slug < than.other.input.slug);
}

function insertionPoint(
  best: readonly { other: IndexedArticle; score: number }[],
  score: number,
  other: IndexedArticle,
): number {
  let i = best.length;
  while (i > 0 && outranks(score, other, best[i - 1]!)) i--; // i - 1 is within bounds
  return i;
}

/** Where `position` is, or would be, in a list sorted by position. */
function positionIn(list: readonly IndexedArticle[], position: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((list[mid]?.position ?? 0) < position) low = mid + 1;
    else high = mid;
  }
  return low;
}
