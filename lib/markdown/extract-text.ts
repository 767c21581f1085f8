import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkGfm);

export interface BodyText {
  /** The first paragraph as plain text: the fallback summary. */
  firstParagraph: string;
  /** All readable text, blocks separated by newlines: for word counts, related ranking and search. */
  plainText: string;
  /** Internal links to `/section/slug` pages, in order of appearance, with their line in the body. */
  internalLinks: { url: string; line?: number }[];
  /** Markdown images (`![alt](src "caption")`), with their line in the body. */
  images: { src: string; alt: string; line?: number }[];
}

/** Reads a Markdown body as plain text without rendering it. */
export function extractBodyText(markdown: string): BodyText {
  const tree = parser.parse(markdown) as Root;
  const blocks: string[] = [];
  const internalLinks: BodyText['internalLinks'] = [];
  const images: BodyText['images'] = [];
  let firstParagraph = '';
  const walk = (node: Root | RootContent) => {
    if (node.type === 'link' && node.url.startsWith('/') && !node.url.startsWith('//'))
      internalLinks.push({ url: node.url, line: node.position?.start.line });
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
      if (node.type === 'paragraph' && !firstParagraph && text) firstParagraph = text;
    }
    if (node.type === 'image')
      images.push({ src: node.url, alt: (node.alt ?? '').trim(), line: node.position?.start.line });
    if (node.type === 'code') blocks.push(node.value);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return { firstParagraph, plainText: blocks.join('\n'), internalLinks, images };
}

/** Shortens text to at most `max` characters at a word boundary, adding an ellipsis when cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Counts words as runs of letters or digits, so punctuation and Markdown leftovers do not count. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
