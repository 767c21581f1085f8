import type { ImportProblem } from '../source-post';
import { countBelow, findClose, rememberedFind, type FindClose } from './remembered-find';
import type { Generator } from './site-types';

/** What converting one post's template tags needs to know beyond its text. */
export interface TagContext {
  generator: Generator;
  file: string;
  /** The old address of the post a `ref`, `relref`, `post_url` or `link` names, or undefined. */
  resolveLink: (target: string) => string | undefined;
  /** MDX: what each imported name stands for (`import cover from './cover.jpg'` → `./cover.jpg`). */
  imports: Map<string, string>;
  /** The body is HTML (a Jekyll `.html` post): converted tags write HTML. */
  html: boolean;
}

/** The scanner's state, which each tag family reads and writes through. */
export interface Scan {
  readonly text: string;
  readonly ctx: TagContext;
  /** The file line of an index of `text`. */
  lineOf(index: number): number;
  /** The first match of `close` (a string or a pattern) at or after `from`, as findClose, remembered. */
  find: FindClose;
  /** Writes text where the tag was. */
  inline(value: string): void;
  /** Writes a block (an embed link, a figure, a fence) alone in its paragraph. */
  block(value: string): void;
  report(index: number, severity: ImportProblem['severity'], code: string, message: string): void;
}

export interface TagFamily {
  /** Where a tag of the family may start. */
  start: RegExp;
  /** Reads the tag at `index`, writing its replacement; returns the index after it, or undefined when it is no tag. */
  read(scan: Scan, index: number): number | undefined;
}

/** The tag as the editor wrote it, cut for a message. */
export function shown(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 70 ? `${flat.slice(0, 69)}…` : flat;
}

/**
 * Runs the families over one stretch of Markdown outside fenced code, copying inline code spans
 * untouched. `firstLine` is the file line of the stretch's first line.
 */
export function scanTags(
  text: string,
  firstLine: number,
  ctx: TagContext,
  families: TagFamily[],
  problems: ImportProblem[],
): string {
  if (families.length === 0) return text;
  const stickyStarts = families.map((family) => new RegExp(family.start.source, 'my'));
  // Backticks mark inline code in Markdown only; in HTML they are text.
  const starts = new RegExp(
    [ctx.html ? '(?!)' : '`+', ...families.map((family) => family.start.source)].join('|'),
    'gm',
  );
  const newlines = [...text.matchAll(/\n/g)].map((match) => match.index);
  let out = '';
  // After a block, the blank line it wrote stands for the line breaks that followed the tag.
  let afterBlock = false;
  const write = (value: string) => {
    const rest = afterBlock ? value.replace(/^[ \t]*\n?[ \t]*\n?/, '') : value;
    if (rest) afterBlock = false;
    out += rest;
  };
  const scan: Scan = {
    text,
    ctx,
    lineOf: (index) => firstLine + countBelow(newlines, index),
    find: rememberedFind(text),
    inline: write,
    block(value) {
      // A loop, not /[ \t]+$/: that regex tries every position of a long body for each block.
      let end = out.length;
      while (end > 0 && (out[end - 1] === ' ' || out[end - 1] === '\t')) end -= 1;
      out = out.slice(0, end);
      if (out && !out.endsWith('\n\n')) out += out.endsWith('\n') ? '\n' : '\n\n';
      out += `${value}\n\n`;
      afterBlock = true;
    },
    report: (index, severity, code, message) =>
      problems.push({ severity, code, file: ctx.file, line: scan.lineOf(index), message }),
  };
  let index = 0;
  while (index < text.length) {
    starts.lastIndex = index;
    const match = starts.exec(text);
    if (!match) break;
    write(text.slice(index, match.index));
    index = match.index;
    if (match[0].startsWith('`')) {
      const close = scan.find(new RegExp(`(?<!\`)${match[0]}(?!\`)`), index + match[0].length);
      const end = close?.end ?? index + match[0].length;
      write(text.slice(index, end));
      index = end;
      continue;
    }
    const family = stickyStarts.findIndex((sticky) => {
      sticky.lastIndex = index;
      return sticky.test(text);
    });
    const end = families[family]?.read(scan, index);
    if (end === undefined) {
      write(text[index] ?? '');
      index += 1;
    } else index = end;
  }
  write(text.slice(index));
  return text.endsWith('\n') ? out : out.replace(/\n+$/, '');
}
