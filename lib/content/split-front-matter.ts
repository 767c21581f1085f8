import { parseYaml } from './parse-yaml';

export const MAX_FRONT_MATTER_CHARS = 64 * 1024;

export type SplitResult =
  | { ok: true; data: unknown; body: string; bodyLine: number; frontMatter: string }
  | {
      ok: false;
      code:
        | 'front-matter-missing'
        | 'front-matter-unclosed'
        | 'front-matter-engine'
        | 'front-matter-too-large'
        | 'yaml-syntax';
      message: string;
      line?: number;
      column?: number;
    };

// "---" with an optional language, as front-matter tools read it: "--- js" names the js engine too.
const OPENING = /^---[ \t]*([A-Za-z]*)[ \t]*$/;
const CLOSING = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/**
 * Splits a Markdown file into its YAML front matter, parsed, and its body; the one splitter of the
 * site. Front matter is YAML and nothing else: a language after the fence (`---js`, which other
 * front-matter readers execute) is refused. `text` must already be LF-only without a BOM. Line
 * numbers in failures are lines of the whole file.
 * @example splitFrontMatter('---\ntitle: Hi\n---\nBody').data // { title: 'Hi' }
 */
export function splitFrontMatter(text: string): SplitResult {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  const fence = OPENING.exec(firstLine);
  if (!fence)
    return {
      ok: false,
      code: 'front-matter-missing',
      line: 1,
      message: 'expected the file to start with a "---" line opening the front matter',
    };
  const language = fence[1] ?? '';
  if (language && !['yaml', 'yml'].includes(language.toLowerCase()))
    return {
      ok: false,
      code: 'front-matter-engine',
      line: 1,
      message: `expected YAML front matter ("---"), found "---${language}"; front matter is never executed`,
    };
  const rest = text.slice(firstLine.length);
  const close = CLOSING.exec(rest);
  if (!close)
    return {
      ok: false,
      code: 'front-matter-unclosed',
      line: 1,
      message: 'expected a closing "---" line after the front matter; found none',
    };
  const frontMatter = rest.slice(1, close.index + 1);
  if (frontMatter.length > MAX_FRONT_MATTER_CHARS)
    return {
      ok: false,
      code: 'front-matter-too-large',
      line: 1,
      message: `expected front matter under ${MAX_FRONT_MATTER_CHARS / 1024} KB, found ${Math.round(frontMatter.length / 1024)} KB`,
    };
  const yaml = parseYaml(frontMatter);
  if (!yaml.ok)
    return {
      ok: false,
      code: 'yaml-syntax',
      message: `expected valid YAML: ${yaml.message}`,
      // The block starts on the file's second line.
      line: yaml.line && yaml.line + 1,
      column: yaml.column,
    };
  const body = rest.slice(close.index + close[0].length);
  const bodyLine = frontMatter.split('\n').length + 2;
  return { ok: true, data: yaml.value ?? {}, body, bodyLine, frontMatter };
}
