import matter from 'gray-matter';
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

const refuse = (language: string) => () => {
  throw new EngineRefused(language);
};

class EngineRefused extends Error {
  constructor(readonly language: string) {
    super(`front matter in "${language}" is not allowed`);
  }
}

// gray-matter falls back from `js` to `javascript` (and coffee to its aliases), so every alias must
// throw: setting one to false still lets the other run the editor's code.
const engines = {
  yaml: (source: string) => {
    const parsed = parseYaml(source);
    // gray-matter hands over the block with the newline after the opening fence, so the parser's
    // line 1 is the fence line; otherwise the block's first line is the file's second.
    const fileLine = (line: number) => (source.startsWith('\n') ? line : line + 1);
    if (!parsed.ok)
      throw new YamlRefused(parsed.message, parsed.line && fileLine(parsed.line), parsed.column);
    return parsed.value as object; // gray-matter's typing wants an object; the schema checks the shape
  },
  js: refuse('js'),
  javascript: refuse('javascript'),
  coffee: refuse('coffee'),
  coffeescript: refuse('coffeescript'),
  cson: refuse('cson'),
  json: refuse('json'),
  toml: refuse('toml'),
};

class YamlRefused extends Error {
  constructor(
    readonly reason: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(reason);
  }
}

/**
 * Splits a Markdown file into its YAML front matter and body. `text` must already be LF-only without a
 * BOM. Line numbers in failures are lines of the whole file.
 */
export function splitFrontMatter(text: string): SplitResult {
  const firstLine = text.slice(0, text.indexOf('\n') >>> 0);
  // gray-matter reads "--- js" as the js engine too, so a language after spaces counts as one.
  const fence = /^---[ \t]*([A-Za-z]*)\s*$/.exec(firstLine);
  if (!fence) {
    return {
      ok: false,
      code: 'front-matter-missing',
      line: 1,
      message: 'expected the file to start with a "---" line opening the front matter',
    };
  }
  const language = fence[1] ?? '';
  if (language && !['yaml', 'yml'].includes(language.toLowerCase())) {
    return {
      ok: false,
      code: 'front-matter-engine',
      line: 1,
      message: `expected YAML front matter ("---"), found "---${language}"; front matter is never executed`,
    };
  }
  const close = /\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text.slice(firstLine.length));
  if (!close) {
    return {
      ok: false,
      code: 'front-matter-unclosed',
      line: 1,
      message: 'expected a closing "---" line after the front matter; found none',
    };
  }
  const frontMatter = text.slice(firstLine.length + 1, firstLine.length + close.index + 1);
  if (frontMatter.length > MAX_FRONT_MATTER_CHARS) {
    return {
      ok: false,
      code: 'front-matter-too-large',
      line: 1,
      message: `expected front matter under ${MAX_FRONT_MATTER_CHARS / 1024} KB, found ${Math.round(frontMatter.length / 1024)} KB`,
    };
  }
  try {
    const file = matter(text, { engines, language: 'yaml' });
    const bodyLine = frontMatter.split('\n').length + 2;
    return { ok: true, data: file.data, body: file.content, bodyLine, frontMatter };
  } catch (error) {
    if (error instanceof YamlRefused) {
      return {
        ok: false,
        code: 'yaml-syntax',
        message: `expected valid YAML: ${error.reason}`,
        line: error.line,
        column: error.column,
      };
    }
    if (error instanceof EngineRefused) {
      return { ok: false, code: 'front-matter-engine', line: 1, message: error.message };
    }
    throw error;
  }
}
