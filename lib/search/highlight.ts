import { foldText, WORD } from '../text/fold-text';
import { MIN_PREFIX_LENGTH } from './query-terms';

export interface TextPart {
  text: string;
  match: boolean;
}

/**
 * Splits text into parts that match one of `terms` (ignoring case and accents: a word equal to a term,
 * or beginning with one of three letters or more, as search matches them) and parts that do not, so a component can wrap matches in `<mark>` while React escapes everything.
 * @example highlight('Rail strike ends', ['rail']) // [{ text: 'Rail', match: true }, { text: ' strike ends', match: false }]
 */
export function highlight(text: string, terms: readonly string[]): TextPart[] {
  const wanted = terms.map(foldText).filter((t) => t.length > 1);
  // As search matches: a word of three letters or more matches the words it begins.
  const matches = (word: string) =>
    wanted.some((term) => word === term || (term.length >= MIN_PREFIX_LENGTH && word.startsWith(term)));
  if (wanted.length === 0) return [{ text, match: false }];
  const parts: TextPart[] = [];
  const push = (chunk: string, match: boolean) => {
    const last = parts.at(-1);
    if (last && last.match === match) last.text += chunk;
    else if (chunk) parts.push({ text: chunk, match });
  };
  for (const chunk of text.split(new RegExp(`(${WORD.source})`, 'u'))) {
    const folded = foldText(chunk);
    push(chunk, matches(folded));
  }
  return parts;
}

/**
 * A passage of `text` around the first match of `terms`, about `length` characters, for result snippets.
 */
export function excerpt(text: string, terms: readonly string[], length = 220): string {
  // Folding keeps string lengths for precomposed Latin text (é → e), so indexes in the fold fit the original.
  const folded = foldText(text);
  const positions = terms.map((t) => folded.indexOf(foldText(t))).filter((i) => i >= 0);
  const first = positions.length > 0 ? Math.min(...positions) : 0;
  const start = Math.max(0, text.lastIndexOf(' ', Math.max(0, first - length / 3)) + 1);
  const cut = text.slice(start, start + length);
  const end = cut.length < text.length - start ? cut.lastIndexOf(' ') : cut.length;
  return `${start > 0 ? '…' : ''}${cut.slice(0, end > 0 ? end : cut.length)}${start + length < text.length ? '…' : ''}`;
}
