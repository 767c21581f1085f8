import type { ImportProblem, SourceLocation } from '../source-post';
import { splitFences } from './split-fences';

// Block-level elements that open an HTML block in CommonMark (its "type 6" and the raw ones).
const BLOCK_TAG =
  /^<\/?(?:address|article|aside|blockquote|center|details|dialog|div|dl|fieldset|figcaption|figure|footer|form|h[1-6]|header|hr|iframe|li|main|nav|ol|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul|video|audio|script|style|object|embed|img)(?=[\s/>]|$)/i;
const INDENTED = /^(?:\t| {4})/;
const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s/;

/**
 * Moves raw HTML blocks indented by a tab or four spaces (common in old Jekyll posts, where kramdown
 * read them as HTML) back to the margin, so CommonMark reads them as HTML and not as code; each
 * block moved is a note. A block inside a list item, or in fenced code, stays as written.
 * @example dedentHtmlBlocks('\t<div>\n\t\t<p>Hi</p>\n\t</div>', { file: 'x.md', line: 4 }).markdown // '<div>\n\t<p>Hi</p>\n</div>'
 */
export function dedentHtmlBlocks(
  markdown: string,
  at: SourceLocation,
): { markdown: string; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const segments = splitFences(markdown).map((segment) => {
    if (segment.code) return segment.text;
    const lines = segment.text.split('\n');
    let previous = '';
    for (let index = 0; index < lines.length; index += 1) {
      const line = lines[index] ?? '';
      const startsBlock =
        previous.trim() === '' && !LIST_ITEM.test(lastText(lines, index)) && INDENTED.test(line);
      if (startsBlock && BLOCK_TAG.test(line.trim())) {
        let end = index;
        while (end < lines.length && (lines[end] ?? '').trim() !== '') end += 1;
        const block = lines.slice(index, end);
        const indent = Math.min(
          ...block.map((l) => /^[\t ]*/.exec(l)?.[0].replace(/\t/g, '    ').length ?? 0),
        );
        for (let at2 = index; at2 < end; at2 += 1) lines[at2] = dedent(lines[at2] ?? '', indent);
        problems.push({
          severity: 'note',
          code: 'indented-html',
          file: at.file,
          line: (at.line ?? 1) + segment.line + index,
          message:
            'an HTML block indented by a tab or four spaces would show as code; it was moved to the margin, so check it reads as the old page did',
        });
        index = end;
      }
      previous = lines[index] ?? '';
    }
    return lines.join('\n');
  });
  return { markdown: segments.join('\n'), problems };
}

// The last line with text before `index` and after the blank line before it, or ''.
function lastText(lines: string[], index: number): string {
  for (let at = index - 1; at >= 0; at -= 1)
    if ((lines[at] ?? '').trim())
      return /^\S/.test(lines[at] ?? '') || LIST_ITEM.test(lines[at] ?? '') ? (lines[at] ?? '') : '';
  return '';
}

function dedent(line: string, columns: number): string {
  let removed = 0;
  let at = 0;
  while (removed < columns && at < line.length) {
    const char = line[at];
    if (char === '\t') removed += 4;
    else if (char === ' ') removed += 1;
    else break;
    at += 1;
  }
  return line.slice(at);
}
