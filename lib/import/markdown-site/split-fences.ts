export interface Segment {
  text: string;
  /** True for a fenced code block, fences included: its text is never changed. */
  code: boolean;
  /** 0-based index of the segment's first line in the text. */
  line: number;
}

const OPEN = /^ {0,3}(`{3,}|~{3,})/;

/**
 * Cuts Markdown into fenced code blocks and the text between them, as CommonMark finds fences: a
 * closing fence uses the opening's character, at least as many, and an unclosed fence runs to the
 * end. Joining the segments' texts with "\n" gives the text back.
 * @example splitFences('a\n```\n{{< x >}}\n```').map((s) => s.code) // [false, true]
 */
export function splitFences(markdown: string): Segment[] {
  const lines = markdown.split('\n');
  const segments: Segment[] = [];
  let start = 0;
  let fence: string | undefined;
  const cut = (end: number, code: boolean) => {
    if (end > start) segments.push({ text: lines.slice(start, end).join('\n'), code, line: start });
    start = end;
  };
  lines.forEach((line, index) => {
    if (fence === undefined) {
      const open = OPEN.exec(line)?.[1];
      if (open && !(open.startsWith('`') && line.slice(line.indexOf(open) + open.length).includes('`'))) {
        cut(index, false);
        fence = open;
      }
    } else if (new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`).test(line)) {
      fence = undefined;
      segments.push({ text: lines.slice(start, index + 1).join('\n'), code: true, line: start });
      start = index + 1;
    }
  });
  cut(lines.length, fence !== undefined);
  return segments;
}
