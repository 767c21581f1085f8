import type { Element, ElementContent, Root, Text } from 'hast';
import { element, isBlank, isElement, sliceText } from './html-tree';

// Elements that end a paragraph, as WordPress's wpautop lists them (plus the ones this converter
// makes while expanding shortcodes).
const BLOCK = new Set(
  (
    'address article aside blockquote caption center col colgroup dd details dialog dir div dl dt ' +
    'fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr iframe legend li ' +
    'main map math menu nav noscript ol option p pre section select style summary table tbody td ' +
    'tfoot th thead tr ul video audio script svg textarea'
  ).split(' '),
);
// Containers whose loose text is split into paragraphs; in the cell-like ones only at a blank line.
const CONTAINER = new Set(
  'article aside blockquote center details div footer header main nav section'.split(' '),
);
const CELL = new Set('li dd dt td th figcaption'.split(' '));
const NESTED = new Set('ul ol dl table thead tbody tfoot tr'.split(' '));
const NO_BREAKS = new Set(['pre', 'code', 'script', 'style', 'textarea', 'svg', 'math']);
const BLANK_LINE = /\n[ \t]*\n/;

/**
 * WordPress's wpautop on the parsed body: loose text separated by a blank line becomes paragraphs,
 * and, when `breaks` (classic-editor posts), a single newline inside a paragraph becomes a line
 * break. Text in code, tables, lists and other blocks is left alone, except that a blank line in a
 * list item or cell separates paragraphs. Working on the tree, not the string, means indentation
 * never matters, and the body's line numbers stay as they were.
 */
export function applyAutop(tree: Root, breaks: boolean): void {
  tree.children = paragraphsIn(tree.children as ElementContent[], breaks, false) as Root['children'];
}

function paragraphsIn(children: ElementContent[], breaks: boolean, cell: boolean): ElementContent[] {
  const out: ElementContent[] = [];
  let run: ElementContent[] = [];
  const flush = () => {
    if (!cell || run.some((node) => node.type === 'text' && BLANK_LINE.test(node.value)))
      out.push(...splitRun(run).map((segment) => toParagraph(segment, breaks)));
    else out.push(...run);
    run = [];
  };
  for (const child of children) {
    if (!isElement(child) || !BLOCK.has(child.tagName)) {
      run.push(child);
      continue;
    }
    flush();
    if (child.tagName === 'p')
      out.push(...splitRun(child.children).map((segment) => toParagraph(segment, breaks, child)));
    else {
      descend(child, breaks);
      out.push(child);
    }
  }
  flush();
  return out;
}

function descend(node: Element, breaks: boolean) {
  if (CONTAINER.has(node.tagName) || CELL.has(node.tagName))
    node.children = paragraphsIn(node.children, breaks, CELL.has(node.tagName));
  else if (NESTED.has(node.tagName))
    for (const child of node.children) if (isElement(child)) descend(child, breaks);
}

// Splits a run of inline content at each blank line, dropping the blank line itself.
function splitRun(run: ElementContent[]): ElementContent[][] {
  const segments: ElementContent[][] = [[]];
  for (const node of run) {
    if (node.type !== 'text' || !BLANK_LINE.test(node.value)) {
      segments[segments.length - 1]?.push(node);
      continue;
    }
    const pattern = /\n[ \t]*\n\s*/g;
    let start = 0;
    for (const match of node.value.matchAll(pattern)) {
      segments[segments.length - 1]?.push(sliceText(node, start, match.index));
      segments.push([]);
      start = match.index + match[0].length;
    }
    segments[segments.length - 1]?.push(sliceText(node, start));
  }
  return segments;
}

// A segment of loose inline content as a paragraph; one that is only whitespace stays as it is.
function toParagraph(segment: ElementContent[], breaks: boolean, original?: Element): ElementContent {
  if (segment.every(isBlank)) return { type: 'text', value: '\n' };
  const children = breaks ? withBreaks(trimSegment(segment)) : segment;
  return original ? { ...original, children } : element('p', {}, children, positionLine(segment));
}

function positionLine(segment: ElementContent[]): number | undefined {
  return segment.find((node) => node.position)?.position?.start.line;
}

function trimSegment(segment: ElementContent[]): ElementContent[] {
  const nodes = [...segment];
  const first = nodes[0];
  if (first?.type === 'text') nodes[0] = { ...first, value: first.value.replace(/^\s+/, '') };
  const last = nodes[nodes.length - 1];
  if (last?.type === 'text') nodes[nodes.length - 1] = { ...last, value: last.value.replace(/\s+$/, '') };
  return nodes;
}

// A newline becomes <br>, except straight after one (WordPress keeps `a<br />\nb` a single break).
function withBreaks(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (isElement(node) && !NO_BREAKS.has(node.tagName))
      out.push({ ...node, children: withBreaks(node.children) });
    else if (node.type === 'text' && node.value.includes('\n'))
      out.push(...breakText(node, isElement(out.at(-1), 'br')));
    else out.push(node);
  }
  return out;
}

function breakText(node: Text, afterBreak: boolean): ElementContent[] {
  const parts = node.value.split(/[ \t]*\n/);
  const out: ElementContent[] = [];
  parts.forEach((part, index) => {
    if (index > 0 && !(index === 1 && afterBreak && parts[0]?.trim() === '')) out.push(element('br', {}, []));
    if (part !== '') out.push({ ...node, value: part });
  });
  return out;
}
