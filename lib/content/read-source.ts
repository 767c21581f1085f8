import { cleanText, findUnsafeCharacter } from '../text/clean-text';
import type { ContentProblem } from './problem';

export const MAX_ARTICLE_CHARS = 2_000_000;

export interface Source {
  /** LF line ends, no byte-order mark, no character a page may not carry; undefined when unreadable. */
  text?: string;
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * The text of a content file made ready to parse: refused when too large or not UTF-8; line ends
 * and the byte-order mark normalised; control and bidirectional-override characters removed, with a
 * warning naming the first one's line (they cannot be seen, only break feeds or reorder headlines).
 */
export function readSource(file: string, text: string): Source {
  if (text.length > MAX_ARTICLE_CHARS)
    return {
      problems: [
        {
          file,
          line: 1,
          field: 'file',
          code: 'file-too-large',
          message: `expected at most ${MAX_ARTICLE_CHARS / 1_000_000} million characters, found ${(text.length / 1_000_000).toFixed(1)} million; split the story or move data to a linked file`,
        },
      ],
      warnings: [],
    };
  const invalid = text.indexOf('\uFFFD');
  if (invalid !== -1)
    return {
      problems: [
        {
          file,
          line: lineAt(text, invalid),
          field: 'file',
          code: 'invalid-encoding',
          message: 'expected UTF-8 text; found bytes that are not UTF-8 (save the file as UTF-8)',
        },
      ],
      warnings: [],
    };
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const unsafe = findUnsafeCharacter(normalised);
  const warnings: ContentProblem[] = unsafe
    ? [
        {
          file,
          line: lineAt(normalised, unsafe.index),
          field: 'file',
          code: 'invisible-character',
          message: `found ${unsafe.codePoint}, an invisible control or text-direction character; it was removed (and any others in the file), so delete it to keep the file as readers see it`,
        },
      ]
    : [];
  return { text: unsafe ? cleanText(normalised) : normalised, problems: [], warnings };
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
