import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BodyText } from '@/lib/markdown/extract-text';

const parser = unified().use(remarkParse).use(remarkGfm);

/**
 * The body text as the page renderer's parser (remark + GFM) sees it: the oracle the index's fast
 * extractor is compared with. Reference-style links and images resolve to their definitions.
 */
export function mdastBodyText(markdown: string): BodyText {
  const tree = parser.parse(markdown) as Root;
  const definitions = new Map<string, string>();
  const collect = (node: Root | RootContent) => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    if ('children' in node) for (const child of node.children) collect(child);
  };
  collect(tree);
  const blocks: string[] = [];
  const internalLinks: BodyText['internalLinks'] = [];
  const images: BodyText['images'] = [];
  let firstParagraph = '';
  const walk = (node: Root | RootContent) => {
    const url =
      node.type === 'link' || node.type === 'image'
        ? node.url
        : node.type === 'linkReference' || node.type === 'imageReference'
          ? definitions.get(node.identifier)
          : undefined;
    const line = node.position?.start.line;
    if (
      (node.type === 'link' || node.type === 'linkReference') &&
      url?.startsWith('/') &&
      !url.startsWith('//')
    )
      internalLinks.push({ url, line });
    if ((node.type === 'image' || node.type === 'imageReference') && url !== undefined)
      images.push({ src: url, alt: (node.alt ?? '').trim(), line });
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const text = toString(node).replace(/\s+/g, ' ').trim();
      if (text) blocks.push(text);
      if (node.type === 'paragraph' && !firstParagraph && text) firstParagraph = text;
    }
    if (node.type === 'code') blocks.push(node.value);
    if ('children' in node) for (const child of node.children) walk(child);
  };
  walk(tree);
  return { firstParagraph, plainText: blocks.join('\n'), internalLinks, images };
}
