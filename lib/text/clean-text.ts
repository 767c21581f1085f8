// What may never reach a page, a feed or structured data: the C0 controls but tab and newline
// (XML 1.0 forbids them; a title with U+000B made /feed.xml unparseable), DEL and the C1 controls
// (invisible, and always the trace of a mis-decoded file), U+FFFE and U+FFFF, lone surrogates, and
// the bidirectional embedding, override and isolate controls, which can reorder a headline's text
// or the page's <title> (U+202A–U+202E, U+2066–U+2069).
const UNSAFE =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;
const UNSAFE_ONE = new RegExp(UNSAFE.source, 'u');

/**
 * Removes the characters no page, feed or JSON-LD may carry (see above). Newlines and tabs stay;
 * carriage returns go too, since content is read with LF line ends.
 * @example cleanText('Rail\u000B strike \u202Eends') // "Rail strike ends"
 */
export function cleanText(text: string): string {
  return UNSAFE_ONE.test(text) ? text.replace(UNSAFE, '') : text;
}

/** Where the first character cleanText would remove is, and which it is, or undefined. */
export function findUnsafeCharacter(text: string): { index: number; codePoint: string } | undefined {
  const match = UNSAFE_ONE.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0) ?? 0;
  return { index: match.index, codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** Applies cleanText to every string in a parsed YAML value, keys included. */
export function cleanValue(value: unknown): unknown {
  if (typeof value === 'string') return cleanText(value);
  if (Array.isArray(value)) return value.map(cleanValue);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [cleanText(k), cleanValue(v)]));
  }
  return value;
}
