// Letters of these scripts lose their accents when folded: readers type "cafe" for "café" and Greek
// URLs drop the tonos. Elsewhere a combining mark is part of the letter (Devanagari vowel signs, the
// breve of Cyrillic й), and removing it would change the word.
const ACCENTED = /([\p{Script=Latin}\p{Script=Greek}])\p{M}+/gu;
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * The one text fold of the site, for search, highlighting, related-story terms and slugs: lower case,
 * compatibility forms unified (ﬁ → fi, full-width Ａ → a), accents removed from Latin and Greek letters.
 * @example foldText('Café Περιεχόμενο') // "cafe περιεχομενο"
 * @example foldText('Йошкар-Ола') // "йошкар-ола"
 */
export function foldText(value: string): string {
  const lower = value.toLowerCase();
  // Plain ASCII, most of an English archive, is already folded; normalising it is the slow part.
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFKD').replace(ACCENTED, '$1').normalize('NFC');
}

/** A word: letters, digits and the combining marks that belong to them, in any script. */
export const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*/gu;
