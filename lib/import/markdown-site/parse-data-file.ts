import { parse as parseToml, TomlDate, TomlError } from 'smol-toml';
import { parseYaml } from '../../content/parse-yaml';
import { cleanValue } from '../../text/clean-text';

export type DataResult = { ok: true; value: unknown } | { ok: false; message: string; line?: number };

export type DataLanguage = 'yaml' | 'toml' | 'json';

/** The language a data or config file is written in, from its name, or undefined for any other file. */
export function dataLanguageOf(path: string): DataLanguage | undefined {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext === 'yaml' || ext === 'yml') return 'yaml';
  if (ext === 'toml') return 'toml';
  if (ext === 'json') return 'json';
  return undefined;
}

/**
 * Parses YAML (the site's safe reader: nothing executes), TOML or JSON into plain values; TOML dates
 * become the ISO strings they were written as, so every language hands the mapping the same shapes.
 * Lines are 1-based, relative to `text`.
 * @example parseData('toml', 'date = 2012-01-07').value // { date: '2012-01-07' }
 */
export function parseData(language: DataLanguage, text: string): DataResult {
  if (language === 'yaml') {
    const result = parseYaml(text);
    return result.ok ? result : { ok: false, message: result.message, line: result.line };
  }
  try {
    const value = language === 'toml' ? parseToml(text) : (JSON.parse(text) as unknown);
    return { ok: true, value: cleanValue(withDateStrings(value)) };
  } catch (error) {
    if (error instanceof TomlError) {
      return { ok: false, message: error.message.split('\n')[0] ?? 'invalid TOML', line: error.line };
    }
    if (error instanceof SyntaxError)
      return { ok: false, message: error.message, line: jsonLine(text, error) };
    throw error;
  }
}

function withDateStrings(value: unknown): unknown {
  // smol-toml keeps a local date as a TomlDate that prints the way it was written (2012-01-07).
  if (value instanceof TomlDate) return value.toISOString().replace(/\.000(?=$|Z|[+-])/, '');
  if (Array.isArray(value)) return value.map(withDateStrings);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDateStrings(v)]));
  return value;
}

// V8 says "… at position 42 (line 3 column 5)" or just "at position 42".
function jsonLine(text: string, error: SyntaxError): number | undefined {
  const line = /line (\d+)/.exec(error.message)?.[1];
  if (line) return Number(line);
  const position = /position (\d+)/.exec(error.message)?.[1] ?? positionOfSnippet(text, error.message);
  return position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
}

// Node 20 says only `Unexpected token 'o', ..."x": nope" is not valid JSON` (the text around the
// error, cut with "..."): find that text in the file.
function positionOfSnippet(text: string, message: string): number | undefined {
  const match = /^Unexpected token '(.)', (?:\.\.\.|")([\s\S]*?)(?:\.\.\.)?" is not valid JSON$/.exec(
    message,
  );
  const at = match ? text.indexOf(match[2] ?? '') : -1;
  return match && at >= 0 ? at + (match[2] ?? '').indexOf(match[1] ?? '') : undefined;
}
