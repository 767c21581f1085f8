import type { FootnoteDefinition, List, Parent, PhrasingContent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';

const MARKS = new Set(['emphasis', 'strong', 'delete']);

/**
 * Finishes the converted tree: the footnotes gathered while converting go at the end; a list whose
 * items each hold one paragraph (and perhaps a nested list) is tight, as its writer meant; spaces
 * at the edge of bold or italic text move outside it (`<strong> bold </strong>` would otherwise be
 * written `**bold&#x20;**`); and a heading that is bold throughout is just a heading.
 */
export function finishMdast(tree: Root, definitions: FootnoteDefinition[]): void {
  tree.children.push(...(definitions as RootContent[]));
  visit(tree, 'list', (list: List) => {
    for (const item of list.children)
      item.spread = item.children.filter((child) => child.type !== 'list').length > 1;
    list.spread = list.children.some((item) => item.spread);
  });
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    parent.children = parent.children.flatMap((child) =>
      MARKS.has(child.type) ? moveEdgeSpaces(child as PhrasingContent & Parent) : [child],
    ) as Parent['children'];
    if (node.type === 'heading' && parent.children.length === 1 && parent.children[0]?.type === 'strong')
      parent.children = (parent.children[0] as Parent).children;
  });
}

function moveEdgeSpaces(mark: PhrasingContent & Parent): PhrasingContent[] {
  const children = mark.children as PhrasingContent[];
  const first = children[0];
  const last = children.at(-1);
  const before = first?.type === 'text' ? (/^\s*/.exec(first.value)?.[0] ?? '') : '';
  const after = last?.type === 'text' ? (/\s*$/.exec(last.value)?.[0] ?? '') : '';
  if (first?.type === 'text' && before) first.value = first.value.slice(before.length);
  if (last?.type === 'text' && after && last.value.length >= after.length)
    last.value = last.value.slice(0, last.value.length - after.length);
  mark.children = children.filter((child) => !(child.type === 'text' && child.value === ''));
  const out: PhrasingContent[] = mark.children.length ? [mark] : [];
  return [
    ...(before ? [{ type: 'text' as const, value: ' ' }] : []),
    ...out,
    ...(after ? [{ type: 'text' as const, value: ' ' }] : []),
  ];
}
