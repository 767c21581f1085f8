import type { Element, Root as HastRoot } from 'hast';
import type { Heading, Root as MdastRoot } from 'mdast';
import type { Node } from 'unist';
import GithubSlugger from 'github-slugger';
import { toString } from 'hast-util-to-string';
import { ID_PREFIX } from './sanitize-schema';
import { walkTree } from './walk-tree';

// The steps that shape a body's tree around parsing and sanitising (parse-markdown.ts runs them).

// The headline is the page's one h1, so body headings start at h2.
export function demoteHeadings(tree: MdastRoot) {
  walkTree(tree, (node) => {
    if (node.type === 'heading' && (node as Heading).depth < 2) (node as Heading).depth = 2; // checked by type
  });
}

const HEADING = /^h[1-6]$/;

// What rehype-slug then rehype-autolink-headings (`behavior: 'wrap'`) did, in two walks of our own:
// each of theirs went through unist-util-visit, which names a new function for every node it meets,
// 12 % of parsing a story. A heading without an id gets GitHub's slug of its text, numbered when
// repeated; the ids of h2-h6 get the same prefix as footnotes, so every `href="#…"` matches an id
// after sanitising (an h1, which only raw HTML can bring, is left to the sanitiser, as before).
export function slugHeadings(tree: HastRoot) {
  const slugs = new GithubSlugger();
  walkTree(tree, (node) => {
    if (!isElement(node) || !HEADING.test(node.tagName)) return;
    if (!node.properties.id) node.properties.id = slugs.slug(toString(node));
    const id = node.properties.id;
    if (node.tagName !== 'h1' && typeof id === 'string' && !id.startsWith(ID_PREFIX))
      node.properties.id = ID_PREFIX + id;
  });
}

// Each heading with an id becomes a link to itself, its content inside the link.
export function linkHeadings(tree: HastRoot) {
  walkTree(tree, (node) => {
    if (!isElement(node) || !HEADING.test(node.tagName) || !node.properties.id) return;
    const link: Element = {
      type: 'element',
      tagName: 'a',
      properties: { href: `#${String(node.properties.id)}` },
      children: node.children,
    };
    node.children = [link];
    return false;
  });
}

// `![alt](/images/x.jpg "Caption")` alone in its paragraph becomes a figure with that caption.
export function captionedImagesToFigures(tree: HastRoot) {
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
