import type { Element, ElementContent, Parents, Root, Text } from 'hast';
import { toString } from 'hast-util-to-string';
import type { ImportProblem, SourceLocation } from './source-post';

// Small helpers the HTML body converter's passes share: building and reading hast nodes, and
// reporting problems at the line of the source file they came from.

/** Collects problems, turning a line inside the body into a line of the source file. */
export interface Reporter {
  report(
    severity: ImportProblem['severity'],
    code: string,
    bodyLine: number | undefined,
    message: string,
  ): void;
  problems: ImportProblem[];
}

/** A reporter for a body that starts at `at` in its source file. */
export function createReporter(at: SourceLocation): Reporter {
  const problems: ImportProblem[] = [];
  return {
    problems,
    report(severity, code, bodyLine, message) {
      // Body line 1 is the line the body starts on.
      const line = bodyLine === undefined ? at.line : (at.line ?? 1) + bodyLine - 1;
      problems.push({ file: at.file, ...(line !== undefined && { line }), severity, code, message });
    },
  };
}

/** The 1-based line inside the body where a node starts, when known. */
export function lineOf(node: { position?: { start: { line: number } } } | undefined): number | undefined {
  return node?.position?.start.line;
}

/** A text node for `value`, placed at `line` so later passes can still report where it came from. */
export function text(value: string, line?: number): Text {
  return { type: 'text', value, ...(line !== undefined && { position: at(line) }) };
}

/** An element, placed at `line` when given. */
export function element(
  tagName: string,
  properties: Element['properties'],
  children: ElementContent[],
  line?: number,
): Element {
  return {
    type: 'element',
    tagName,
    properties,
    children,
    ...(line !== undefined && { position: at(line) }),
  };
}

function at(line: number) {
  return { start: { line, column: 1 }, end: { line, column: 1 } };
}

/** The part of a text node from `start` to `end`, keeping the line it starts on. */
export function sliceText(node: Text, start: number, end?: number): Text {
  const line = lineOf(node);
  return text(
    node.value.slice(start, end),
    line === undefined ? undefined : line + newlinesIn(node.value.slice(0, start)),
  );
}

/** The body line of the character at `index` in a text node. */
export function lineInText(node: Text, index: number): number | undefined {
  const line = lineOf(node);
  return line === undefined ? undefined : line + newlinesIn(node.value.slice(0, index));
}

function newlinesIn(value: string): number {
  let count = 0;
  for (const char of value) if (char === '\n') count++;
  return count;
}

/** Whether a node is an element (one of `names`, when given). */
export function isElement(node: unknown, ...names: string[]): node is Element {
  const candidate = node as Element | undefined;
  return candidate?.type === 'element' && (names.length === 0 || names.includes(candidate.tagName));
}

/** An element's class names. */
export function classesOf(node: Element): string[] {
  const value: unknown = node.properties.className;
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

/** A non-empty string property of an element, trimmed. */
export function stringProperty(node: Element, name: string): string | undefined {
  const value = node.properties[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Plain text of nodes, whitespace collapsed. */
export function plainText(nodes: ElementContent[]): string {
  return nodes
    .map((node) => toString(node))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a node shows nothing: a comment or whitespace. */
export function isBlank(node: ElementContent): boolean {
  return node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');
}

/** Replaces each child of every parent in the tree by what `visit` returns for it (bottom-up). */
export function mapChildren(
  tree: Root | Element,
  visit: (node: ElementContent, parent: Parents) => ElementContent[] | undefined,
): void {
  const next: ElementContent[] = [];
  // A fragment has no doctype, so every child of the root is element content.
  for (const child of tree.children as ElementContent[]) {
    if (child.type === 'element') mapChildren(child, visit);
    next.push(...(visit(child, tree) ?? [child]));
  }
  tree.children = next;
}
