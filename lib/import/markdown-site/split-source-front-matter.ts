import { splitFrontMatter } from '../../content/split-front-matter';
import { parseData, type DataLanguage } from './parse-data-file';

export type SourceSplit =
  | { ok: true; data: Record<string, unknown>; body: string; bodyLine: number; language?: DataLanguage }
  | { ok: false; message: string; line: number };

const TOML_CLOSE = /\n\+\+\+[ \t]*(?:\n|$)/;
const JSON_CLOSE = /\n\}[ \t]*(?:\n|$)/;

/**
 * Splits a static generator's Markdown file into its front matter and body: YAML between `---` lines
 * (read with the site's safe reader, which refuses `---js`), TOML between `+++` lines (Hugo, Zola), or
 * a JSON object (Hugo). A file without front matter is all body. `text` is LF-only without a BOM;
 * lines are the file's.
 * @example splitSourceFrontMatter('+++\ntitle = "Hi"\n+++\nBody') // { ok: true, data: { title: 'Hi' }, bodyLine: 4, … }
 */
export function splitSourceFrontMatter(text: string): SourceSplit {
  if (/^---[ \t]*[A-Za-z]*[ \t]*(?:\n|$)/.test(text)) {
    const split = splitFrontMatter(text);
    if (!split.ok) return { ok: false, message: split.message, line: split.line ?? 1 };
    return asObject(split.data, split.body, split.bodyLine, 'yaml');
  }
  if (/^\+\+\+[ \t]*\n/.test(text)) return splitFenced(text, TOML_CLOSE, 'toml');
  if (/^\{[ \t]*\n/.test(text)) return splitFenced(text, JSON_CLOSE, 'json');
  return { ok: true, data: {}, body: text, bodyLine: 1 };
}

function splitFenced(text: string, close: RegExp, language: 'toml' | 'json'): SourceSplit {
  const match = close.exec(text);
  const name = language === 'toml' ? '"+++"' : '"}"';
  if (!match)
    return {
      ok: false,
      line: 1,
      message: `expected a closing ${name} line after the front matter; found none`,
    };
  // TOML's block is between the fences; JSON's braces are part of the object.
  const block =
    language === 'toml'
      ? text.slice(text.indexOf('\n') + 1, match.index + 1)
      : text.slice(0, match.index + 2);
  const parsed = parseData(language, block);
  const offset = language === 'toml' ? 1 : 0;
  if (!parsed.ok)
    return {
      ok: false,
      message: `expected valid ${language.toUpperCase()} front matter: ${parsed.message}`,
      line: (parsed.line ?? 0) + offset || 1,
    };
  const body = text.slice(match.index + match[0].length);
  const bodyLine =
    text.slice(0, match.index + match[0].length).split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  return asObject(parsed.value, body, bodyLine, language);
}

function asObject(data: unknown, body: string, bodyLine: number, language: DataLanguage): SourceSplit {
  if (data === null || data === undefined) return { ok: true, data: {}, body, bodyLine, language };
  if (typeof data !== 'object' || Array.isArray(data))
    return {
      ok: false,
      line: 2,
      message: 'expected front matter of named fields (title: …), found a single value or a list',
    };
  // Checked just above: a non-null object that is not an array, as every parser returns a map.
  return { ok: true, data: data as Record<string, unknown>, body, bodyLine, language };
}
