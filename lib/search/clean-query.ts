import { cleanText } from '../text/clean-text';

/** The longest query the site searches, and the most words: the search inputs say the same. */
export const MAX_QUERY_LENGTH = 200;
const MAX_QUERY_TERMS = 12;

/**
 * Trims a reader's query to something safe to search: at most MAX_QUERY_LENGTH characters and
 * MAX_QUERY_TERMS words, control and text-direction characters removed.
 * @example cleanQuery('  rail\u0000 strike ') // "rail strike"
 */
export function cleanQuery(raw: string | string[] | undefined): string {
  const text = (Array.isArray(raw) ? raw[0] : raw) ?? '';
  // Control characters become spaces, so "rail\u0000strike" is two words; then nothing a page may not carry.
  return cleanText(text.replace(/\p{Cc}+/gu, ' '))
    .slice(0, MAX_QUERY_LENGTH)
    .trim()
    .split(/\s+/)
    .slice(0, MAX_QUERY_TERMS)
    .join(' ');
}
