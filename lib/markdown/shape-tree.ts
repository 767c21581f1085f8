import type { Element, Root as HastRoot } from 'hast';
import type { Heading, Root as MdastRoot } from 'mdast';
import type { Node } from 'unist';
import { ID_PREFIX } from './sanitize-schema';
import { walkTree } from './walk-tree';

// The steps that shape a body's tree around parsing and sanitising (parse-markdown.ts runs them).

// The headline is the page's one h1, so body headings start at h2.
export function demoteHeadings(tree: MdastRoot) {
  walkTree(tree, (node) => {
    if (node.type === 'heading' && (node as Heading).depth < 2) (node as Heading).depth = 2; // checked by type
  });
}

// Heading anchors get the same prefix as footnotes, so every `href="#…"` matches an id after sanitising.
export function prefixHeadingIds() {
  return (tree: HastRoot) => {
    walkTree(tree, (node) => {
      if (!isElement(node)) return;
      const id = node.properties.id;
      if (/^h[2-6]$/.test(node.tagName) && typeof id === 'string' && !id.startsWith(ID_PREFIX))
        node.properties.id = ID_PREFIX + id;
    });
  };
}

// `![alt](/images/x.jpg "Caption")` alone in its paragraph becomes a figure with that caption.
export function captionedImagesToFigures() {
  return (tree: HastRoot) => {
    walkTree(tree, (node) => {
      if (!isElement(node) || node.tagName !== 'p') return;
      const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
      const [image] = content;
      if (
        content.length !== 1 ||
        image?.type !== 'element' ||
        image.tagName !== 'img' ||
        typeof image.properties.title !== 'string'
      )
        return;
      const caption = image.properties.title;
      delete image.properties.title;
      node.tagName = 'figure';
      node.children = [
        image,
        {
          type: 'element',
          tagName: 'figcaption',
          properties: {},
          children: [{ type: 'text', value: caption }],
        },
      ];
    });
  };
}

// Positions are a third of a stored tree's size and only ever served to point at problems.
export function removePositions(tree: HastRoot) {
  walkTree(tree, (node) => {
    delete node.position;
  });
}

// GitHub's allow-list keeps <input> as a disabled checkbox for task lists ("- [x] done"); one written
// in raw HTML (a pasted form field) would become an unlabelled checkbox in the middle of a story.
export function removeStrayInputs(tree: HastRoot) {
  // A task's checkbox sits in its <li class="task-list-item">, or in that item's first paragraph.
  const taskParents = new Set<Node>();
  walkTree(tree, (node) => {
    if (!isElement(node) && node.type !== 'root') return;
    const parent = node as Element;
    if (isElement(node) && String(node.properties.className ?? '').includes('task-list-item')) {
      taskParents.add(node);
      const first = node.children.find((child) => child.type === 'element');
      if (first?.type === 'element' && first.tagName === 'p') taskParents.add(first);
    }
    parent.children = parent.children.filter(
      (child) => !(child.type === 'element' && child.tagName === 'input' && !taskParents.has(parent)),
    );
  });
}

export function isElement(node: Node): node is Element {
  return node.type === 'element';
}
