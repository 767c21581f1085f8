import { distance } from 'fastest-levenshtein';

export interface TagTypo {
  /** The tag used by one article only. */
  tag: string;
  /** The more used tag it is probably a misspelling of. */
  likely: string;
  likelyCount: number;
}

const MAX_EDITS = 2;

/**
 * Finds tags used by exactly one article that are within two edits of a tag used more often, the
 * closest (then most used) first. At most a third of the letters may differ, so short tags such as
 * "ai" and "uk", or "other" and "owner", are not taken for each other; tags that differ only in digits
 * (budget-2026, budget-2027) are taken as deliberate.
 * @example findTagTypos(new Map([['housing', 5], ['hosuing', 1]])) // [{ tag: 'hosuing', likely: 'housing', likelyCount: 5 }]
 */
export function findTagTypos(counts: ReadonlyMap<string, number>): TagTypo[] {
  const common = [...counts].filter(([, count]) => count > 1);
  const typos: TagTypo[] = [];
  for (const [tag, count] of counts) {
    if (count !== 1) continue;
    const pieces = splitInThree(tag);
    let best: { likely: string; likelyCount: number; edits: number } | undefined;
    for (const [likely, likelyCount] of common) {
      // Cheap bound first: a length gap is at least that many edits.
      if (
        Math.abs(likely.length - tag.length) > MAX_EDITS ||
        !sharesAPart(pieces, likely) ||
        sameApartFromDigits(tag, likely)
      )
        continue;
      const edits = distance(tag, likely);
      if (edits > MAX_EDITS || edits * 3 > Math.min(tag.length, likely.length)) continue;
      if (!best || edits < best.edits || (edits === best.edits && likelyCount > best.likelyCount))
        best = { likely, likelyCount, edits };
    }
    if (best) typos.push({ tag, likely: best.likely, likelyCount: best.likelyCount });
  }
  return typos;
}

// Two edits can spoil at most two of three pieces, so a tag within two edits contains one of them
// whole: a substring test rules out most pairs before the costlier edit distance.
function splitInThree(tag: string): string[] {
  const a = Math.floor(tag.length / 3);
  const b = Math.floor((2 * tag.length) / 3);
  return [tag.slice(0, a), tag.slice(a, b), tag.slice(b)];
}

function sharesAPart(pieces: readonly string[], other: string): boolean {
  return pieces.some((piece) => other.includes(piece));
}

function sameApartFromDigits(a: string, b: string): boolean {
  return a.replace(/\d/g, '0') === b.replace(/\d/g, '0');
}
