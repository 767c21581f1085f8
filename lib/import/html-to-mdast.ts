import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { FootnoteDefinition } from 'mdast';
import type { Options } from 'rehype-remark';
import { element, isElement, text } from './html-tree';

// Inline elements the site keeps as raw HTML (sanitize-schema.ts), which Markdown has no syntax for.
// hast-util-to-mdast's types, through rehype-remark, the package this project depends on.
type Handle = NonNullable<NonNullable<Options['handlers']>[string]>;
type State = Parameters<Handle>[0];

const KEPT_INLINE = ['sub', 'sup', 'mark', 'kbd', 'small', 'abbr', 'cite', 'ins'];
const TABLE_PARTS = new Set(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);
const CELL_BLOCKS = new Set([
  'p',
  'ul',
  'ol',
  'table',
  'pre',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'div',
  'br',
]);
const KEPT_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  img: ['src', 'alt', 'title'],
  th: ['colSpan', 'rowSpan', 'scope'],
  td: ['colSpan', 'rowSpan'],
  abbr: ['title'],
  ol: ['start'],
};

/**
 * The hast-to-mdast handlers this converter adds: footnotes gathered from `[footnote]` shortcodes
 * and classic-editor note lists, inline elements kept as the raw HTML the site allows (`<sub>`,
 * `<sup>`, `<abbr title>`…), and tables GitHub's Markdown cannot hold (merged cells, lists or
 * paragraphs inside a cell) kept as a clean raw HTML table on lines of their own.
 */
export function createHandlers(definitions: FootnoteDefinition[]): Record<string, Handle> {
  const handlers: Record<string, Handle> = {
    'x-footnote': (state, node) => {
      const label = String(definitions.length + 1);
      const children = state.toFlow(state.all(node));
      definitions.push({ type: 'footnoteDefinition', identifier: label, label, children });
      return { type: 'footnoteReference', identifier: label, label };
    },
    'x-raw-table': (state, node) => [...captionOf(state, node), { type: 'html', value: rawTable(node) }],
  };
  for (const name of KEPT_INLINE)
    handlers[name] = (state, node) => {
      const title =
        name === 'abbr' && typeof node.properties.title === 'string'
          ? ` title="${escapeAttribute(node.properties.title)}"`
          : '';
      return [
        { type: 'html', value: `<${name}${title}>` },
        ...state.all(node),
        { type: 'html', value: `</${name}>` },
      ];
    };
  return handlers;
}

/**
 * Readies tables for Markdown: one GitHub's tables cannot hold (merged cells, blocks in a cell)
 * becomes an `x-raw-table`, kept as HTML; any other gets its first row as its header.
 */
export function prepareTables(parent: HastRoot | Element): void {
  parent.children = (parent.children as ElementContent[]).map((node) => {
    if (!isElement(node)) return node;
    if (node.tagName !== 'table') {
      prepareTables(node);
      return node;
    }
    return isComplexTable(node) ? { ...node, tagName: 'x-raw-table' } : promoteHeaderRow(node);
  });
}

function isComplexTable(table: Element): boolean {
  let complex = false;
  const visit = (node: Element, inCell: boolean) => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      const isCell = child.tagName === 'td' || child.tagName === 'th';
      if (isCell && (Number(child.properties.colSpan ?? 1) > 1 || Number(child.properties.rowSpan ?? 1) > 1))
        complex = true;
      if (inCell && CELL_BLOCKS.has(child.tagName)) complex = true;
      visit(child, inCell || isCell);
    }
  };
  visit(table, false);
  return complex;
}

// WordPress tables rarely have a <thead>; the first row is the header readers see.
function promoteHeaderRow(table: Element): Element {
  if (table.children.some((c) => isElement(c, 'thead'))) return table;
  const rows: Element[] = [];
  const collect = (node: Element) => {
    for (const child of node.children)
      if (isElement(child, 'tr')) rows.push(child);
      else if (isElement(child, 'tbody', 'tfoot')) collect(child);
  };
  collect(table);
  const [first, ...rest] = rows;
  if (!first) return table;
  const header = {
    ...first,
    children: first.children.map((c) => (isElement(c, 'td') ? { ...c, tagName: 'th' } : c)),
  };
  return element('table', {}, [element('thead', {}, [header]), element('tbody', {}, rest)]);
}

function captionOf(state: State, table: Element) {
  const caption = table.children.find((c): c is Element => isElement(c, 'caption'));
  return caption
    ? [
        {
          type: 'paragraph' as const,
          children: [{ type: 'strong' as const, children: state.all(caption) as never }],
        },
      ]
    : [];
}

// One line per row and no blank line inside, so Markdown reads it as one HTML block.
function rawTable(table: Element): string {
  const clean = cleanNode({ ...table, tagName: 'table' }) as Element;
  clean.children = clean.children.filter((c) => !isElement(c, 'caption'));
  const html = toHtml(clean).replace(/\s*\n\s*/g, ' ');
  return html.replace(/<(thead|tbody|tfoot|tr)>/g, '\n<$1>').replace(/<\/table>$/, '\n</table>');
}

function cleanNode(node: ElementContent): ElementContent {
  if (node.type === 'text') return text(node.value.replace(/\s+/g, ' '));
  if (!isElement(node)) return text('');
  const keep = KEPT_ATTRIBUTES[node.tagName] ?? [];
  const properties = Object.fromEntries(
    Object.entries(node.properties).filter(([key]) => keep.includes(key)),
  );
  const tagName =
    TABLE_PARTS.has(node.tagName) || node.tagName in KEPT_ATTRIBUTES || ALLOWED.has(node.tagName)
      ? node.tagName
      : 'span';
  return element(tagName, properties, node.children.map(cleanNode));
}

const ALLOWED = new Set([
  'p',
  'br',
  'strong',
  'b',
  'em',
  'i',
  'code',
  'ul',
  'li',
  'pre',
  'blockquote',
  'del',
  's',
  ...KEPT_INLINE,
]);

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
