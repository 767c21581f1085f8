import type { Element, ElementContent, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import { walkTree } from './walk-tree';

/** A link or image as the editor wrote it, before sanitising, so every one can be checked. */
export interface BodyReference {
  url: string;
  /** 1-based line within the body. */
  line?: number;
  /** Written as raw HTML (`<img src>`, `<a href>`) rather than Markdown. */
  html: boolean;
}

export interface BodyImageReference extends BodyReference {
  alt: string;
}

export interface BodyHeading {
  rank: number;
  id: string;
  text: string;
}

export interface BodyText {
  /** The first paragraph as plain text: the fallback summary. */
  firstParagraph: string;
  /** All readable text, one block a line: for word counts, related ranking and search. */
  plainText: string;
  /** Subheadings (h2–h6) with their anchors, for a table of contents. */
  headings: BodyHeading[];
  /** How many footnotes the body has. */
  footnotes: number;
}

/**
 * Every link and image in a tree that raw HTML has been parsed into, with its line: Markdown ones
 * are known by the positions of the Markdown tree's links and images, the rest came from HTML.
 * In-page anchors (`#…`) are not references to check.
 */
export function collectReferences(
  tree: Root,
  markdown: MdastRoot,
): { links: BodyReference[]; images: BodyImageReference[] } {
  const written = new Set<string>();
  walkTree(markdown, (node) => {
    if (WRITTEN.has(node.type) && node.position)
      written.add(`${node.position.start.line}:${node.position.start.column}`);
  });
  const links: BodyReference[] = [];
  const images: BodyImageReference[] = [];
  walkTree(tree, (node) => {
    if (node.type === 'element') collect(node as Element); // checked by type
  });
  return { links, images };

  function collect(node: Element) {
    const start = node.position?.start;
    const html = !start || !written.has(`${start.line}:${start.column}`);
    const { href, src, alt } = node.properties;
    if (node.tagName === 'a' && typeof href === 'string' && !href.startsWith('#'))
      links.push({ url: href, line: start?.line, html });
    else if (node.tagName === 'img')
      images.push({
        url: typeof src === 'string' ? src : '',
        alt: typeof alt === 'string' ? alt.trim() : '',
        line: start?.line,
        html,
      });
  }
}

const WRITTEN = new Set(['link', 'image', 'linkReference', 'imageReference']);

const BLOCKS = new Set(
  'address article aside blockquote caption dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);

/**
 * The text a reader sees in a sanitised body tree, block by block: paragraphs, headings, list items,
 * table cells, captions and code, including what raw HTML contributed, and image descriptions.
 * Footnote markers and the footnotes' own heading are page furniture, not text.
 */
export function deriveBodyText(tree: Root): BodyText {
  const blocks: string[] = [];
  const headings: BodyHeading[] = [];
  let firstParagraph = '';
  let footnotes = 0;
  // Iterative, with an explicit stack: the tree's depth is checked, but this walk need not rely on it.
  const stack: (ElementContent | { flush: Element })[] = [...tree.children].reverse() as ElementContent[];
  let current = '';
  const flush = (block?: Element) => {
    const text = current.replace(/\s+/g, ' ').trim();
    current = '';
    if (!text) return;
    blocks.push(text);
    if (block?.tagName === 'p' && !firstParagraph) firstParagraph = text;
  };
  while (stack.length > 0) {
    const item = stack.pop()!; // the loop runs only while the stack has entries
    if ('flush' in item) {
      if (/^h[2-6]$/.test(item.flush.tagName) && typeof item.flush.properties.id === 'string') {
        headings.push({
          rank: Number(item.flush.tagName[1]),
          id: item.flush.properties.id,
          text: current.replace(/\s+/g, ' ').trim(),
        });
      }
      flush(item.flush);
      continue;
    }
    if (item.type === 'text') current += item.value;
    if (item.type !== 'element') continue;
    const { tagName, properties } = item;
    if (properties.dataFootnoteRef !== undefined || properties.dataFootnoteBackref !== undefined) continue;
    if (properties.id === 'footnote-label' || properties.id === 'user-content-footnote-label') continue;
    if (tagName === 'li' && String(properties.id ?? '').includes('fn-')) footnotes++;
    if (tagName === 'img') current += ` ${typeof properties.alt === 'string' ? properties.alt : ''} `;
    if (tagName === 'br') current += ' ';
    if (BLOCKS.has(tagName)) {
      flush();
      stack.push({ flush: item });
    }
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!); // i is in range
  }
  flush();
  return {
    firstParagraph: firstParagraph || (blocks[0] ?? ''),
    plainText: blocks.join('\n'),
    headings,
    footnotes,
  };
}
