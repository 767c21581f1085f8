/** A match of a closing tag: where it starts and the index after it. */
export interface Match {
  start: number;
  end: number;
}

export type FindClose = (close: string | RegExp, from: number) => Match | undefined;

/** The end of the first `close` at or after `from`, with its own start, or undefined. */
export function findClose(text: string, close: RegExp, from: number): Match | undefined {
  const pattern = new RegExp(close.source, close.flags.includes('g') ? close.flags : `${close.flags}g`);
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

// A file of a million unclosed `{{<` would make every opener search to the end: a search that failed
// from one index fails from any later one, and one that found a match finds it again from any index
// up to that match, so each pattern walks the text about once.

/** findClose over one text, remembering per pattern what it found and where it failed (see above). */
export function rememberedFind(text: string): FindClose {
  const memo = new Map<string, { failedFrom: number; from: number; found?: Match }>();
  return (close, from) => {
    const pattern =
      typeof close === 'string' ? new RegExp(close.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) : close;
    const key = `${pattern.source}/${pattern.flags}`;
    const known = memo.get(key) ?? { failedFrom: Infinity, from: -1 };
    if (from >= known.failedFrom) return undefined;
    if (known.found && from >= known.from && from <= known.found.start) return known.found;
    const found = findClose(text, pattern, from);
    memo.set(
      key,
      found ? { ...known, from, found } : { ...known, failedFrom: Math.min(known.failedFrom, from) },
    );
    return found;
  };
}

/** How many of the sorted indexes are below `index`: a binary search, as a body may have many lines. */
export function countBelow(sorted: number[], index: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] ?? 0) < index) low = middle + 1;
    else high = middle;
  }
  return low;
}
