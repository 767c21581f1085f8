import { groupBy } from '../content/group-by';
import { cosine, type TermVector } from './term-vectors';

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
// Walking a posting list is bounded so a tag on half the archive cannot make ranking quadratic;
// such a tag has almost no weight anyway.
const MAX_POSTINGS = 400;

/**
 * Ranks, for every article, the other articles most like it: shared tags weighted by rarity, the same
 * section, TF-IDF cosine of title, summary and body, links between the two, and closeness in time.
 * Candidates come from inverted indexes of tags and terms, so the cost grows with the archive, not its square.
 * @example rankRelated(articles).get('a')?.[0]?.slug // the closest article to "a"
 */
export function rankRelated(articles: readonly RankInput[]): Map<string, RelatedScore[]> {
  const bySlug = new Map(articles.map((a) => [a.slug, a]));
  // Newest first, so that the bounded walk keeps the most recent articles of a crowded list.
  const ordered = [...articles].sort((a, b) => b.date - a.date || (a.slug < b.slug ? -1 : 1));
  const tagPostings = groupBy(ordered, (a) => a.tags);
  const termPostings = groupBy(ordered, (a) => a.vector.keys());
  const linkedFrom = groupBy(ordered, (a) => a.linksTo);
  const tagWeight = new Map([...tagPostings].map(([tag, list]) => [tag, Math.log(1 + articles.length / list.length)]));

  const result = new Map<string, RelatedScore[]>();
  for (const article of articles) {
    const candidates = new Set<RankInput>();
    const collect = (lists: Map<string, RankInput[]>, keys: Iterable<string>) => {
      for (const key of keys) for (const other of (lists.get(key) ?? []).slice(0, MAX_POSTINGS)) candidates.add(other);
    };
    collect(tagPostings, article.tags);
    collect(termPostings, article.vector.keys());
    collect(linkedFrom, [article.slug]);
    for (const slug of article.linksTo) {
      const target = bySlug.get(slug);
      if (target) candidates.add(target);
    }
    candidates.delete(article);
    const scores = [...candidates].map((other) => score(article, other, tagWeight));
    scores.sort((a, b) => b.score - a.score || (a.slug < b.slug ? -1 : 1));
    result.set(article.slug, scores.slice(0, KEEP));
  }
  return result;
}

function score(a: RankInput, b: RankInput, tagWeight: Map<string, number>): RelatedScore {
  const bTags = new Set(b.tags);
  const tags = a.tags.reduce((sum, t) => sum + (bTags.has(t) ? (tagWeight.get(t) ?? 0) : 0), 0) * WEIGHTS.tag;
  const section = a.section === b.section ? WEIGHTS.section : 0;
  const text = cosine(a.vector, b.vector) * WEIGHTS.text;
  const days = Math.abs(a.date - b.date) / 86_400_000;
  const recency = Math.exp(-days / RECENCY_DAYS) * WEIGHTS.recency;
  const link = a.linksTo.includes(b.slug) || b.linksTo.includes(a.slug) ? WEIGHTS.link : 0;
  return { slug: b.slug, score: tags + section + text + recency + link, tags, section, text, recency, link };
}
