import { distance } from 'fastest-levenshtein';
import { foldText, WORD } from '../text/fold-text';

/** Words shorter than this match only whole words; longer ones match words they begin. */
export const MIN_PREFIX_LENGTH = 3;
/** Words shorter than this are never corrected. */
const MIN_FUZZY_LENGTH = 4;
/** A typo may differ from the word by a fifth of its letters (rounded), as MiniSearch's fuzzy 0.2 did. */
const FUZZY_SHARE = 0.2;

/**
 * The words of a query as the index holds them: folded, one-letter words dropped (they match too
 * much to mean anything), each once.
 * @example queryTerms('Liverpool’s café, a') // ['liverpool', 'cafe']
 */
export function queryTerms(query: string): string[] {
  const words = foldText(query).match(WORD) ?? [];
  return [...new Set(words.filter((word) => [...word].length > 1))];
}

/** How many edits a typo of `term` may have: none under four letters, then a fifth of its length. */
export function maxTypoEdits(term: string): number {
  const length = [...term].length;
  return length < MIN_FUZZY_LENGTH ? 0 : Math.round(length * FUZZY_SHARE);
}

/**
 * The index words `term` could be a typo of, from `candidates` (index words sharing its first
 * letter): within maxTypoEdits, closest first.
 * @example corrections('liverpol', ['liverpool', 'liver', 'leeds']) // ['liverpool']
 */
export function corrections(term: string, candidates: Iterable<string>): string[] {
  const edits = maxTypoEdits(term);
  if (edits === 0) return [];
  const found: [string, number][] = [];
  for (const candidate of candidates) {
    if (candidate === term || Math.abs(candidate.length - term.length) > edits) continue;
    const d = distance(term, candidate);
    if (d <= edits) found.push([candidate, d]);
  }
  return found.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).map(([word]) => word);
}

/**
 * An FTS5 MATCH expression for terms, each with the words it may also match: a term of three letters
 * or more matches the words it begins (`"liver"*`); `any` joins them with OR instead of AND. Terms are
 * runs of letters, digits and marks (queryTerms), so quoting them cannot break the expression.
 * @example matchExpression([['tram', []], ['liverpol', ['liverpool']]], false) // '("tram"*) AND ("liverpol"* OR "liverpool")'
 */
export function matchExpression(
  terms: readonly (readonly [string, readonly string[]])[],
  any: boolean,
): string {
  return terms
    .map(([term, alternatives]) => {
      const self = [...term].length >= MIN_PREFIX_LENGTH ? `"${term}"*` : `"${term}"`;
      return `(${[self, ...alternatives.map((word) => `"${word}"`)].join(' OR ')})`;
    })
    .join(any ? ' OR ' : ' AND ');
}
