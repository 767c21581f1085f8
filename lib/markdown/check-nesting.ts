import type { Node, Parent } from 'unist';

/**
 * How deeply content may nest: quotes in quotes, lists in lists, emphasis in emphasis, HTML elements
 * in elements. A story needs a handful of levels; the Markdown and HTML libraries, and React after
 * them, walk trees recursively and overflow the stack past a few thousand.
 */
export const MAX_NESTING = 100;
// Runs of emphasis markers cost the parser time in the square of their length (a run of 10,000 took
// 3 s), and no sentence needs more than a few; a line of only markers is a rule and costs nothing.
const MAX_MARKER_RUN = 50;
const VOID_ELEMENTS = new Set(
  'area base br col embed hr img input link meta param source track wbr'.split(' '),
);
const TAG = /<(\/?)([A-Za-z][\w-]*)\b[^<>]*?(\/?)>/g;

export interface NestingProblem {
  line: number;
  message: string;
}

/**
 * Finds, before parsing, a line the Markdown parser could choke on: more than MAX_NESTING quote markers
 * or levels of indentation, a run of emphasis markers, or raw HTML opened more than MAX_NESTING
 * elements deep. Lines are 1-based within `markdown`.
 */
export function findNestingProblem(markdown: string): NestingProblem | undefined {
  const lines = markdown.split('\n');
  let htmlDepth = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const prefix = /^[\s>]*/.exec(line)?.[0] ?? '';
    const quotes = prefix.split('>').length - 1;
    const columns = prefix.replace(/\t/g, '    ').length - quotes;
    if (quotes > MAX_NESTING || columns > 4 * MAX_NESTING)
      return { line: i + 1, message: tooDeep(quotes > MAX_NESTING ? 'quotes or lists' : 'indentation') };
    if (!/^\s*(?:[*_-]\s*)+$/.test(line) && new RegExp(`[*_]{${MAX_MARKER_RUN + 1}}`).test(line))
      return {
        line: i + 1,
        message: `expected at most ${MAX_MARKER_RUN} emphasis markers (* or _) in a row, found more`,
      };
    for (const [, closing, name = '', selfClosing] of line.matchAll(TAG)) {
      if (VOID_ELEMENTS.has(name.toLowerCase()) || selfClosing) continue;
      htmlDepth = Math.max(0, htmlDepth + (closing ? -1 : 1));
      if (htmlDepth > MAX_NESTING) return { line: i + 1, message: tooDeep('HTML elements') };
    }
  }
  return undefined;
}

/**
 * The first node of a tree nested more than MAX_NESTING levels deep, found without recursion, so a
 * tree too deep for the libraries that walk it is reported instead of crashing them.
 */
export function findTooDeepNode(tree: Node): Node | undefined {
  const stack: [Node, number][] = [[tree, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!; // the loop runs only while the stack has entries
    if (depth > MAX_NESTING) return node;
    for (const child of (node as Partial<Parent>).children ?? []) stack.push([child, depth + 1]);
  }
  return undefined;
}

/** The message for content nested too deeply, naming the limit. */
export function tooDeep(what: string): string {
  return `expected ${what} nested at most ${MAX_NESTING} levels deep, found more; simplify this part`;
}
