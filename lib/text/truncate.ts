import { WORD } from './fold-text';

/**
 * Shortens text to at most `max` characters at a word boundary, adding an ellipsis when cut.
 * @example truncateAtWord('The council approved the budget', 20) // "The council…"
 */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Counts words as runs of letters or digits (with their marks), so punctuation does not count. */
export function countWords(text: string): number {
  return text.match(new RegExp(`${WORD.source}(?:['’-]${WORD.source})*`, 'gu'))?.length ?? 0;
}
