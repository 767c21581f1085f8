import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';

/** A long read's table of contents starts at this many subheadings. */
export const MIN_TOC_HEADINGS = 4;

/**
 * The body's subheadings (its top-level h2s, which carry anchors), for a table of contents; empty
 * when there are fewer than MIN_TOC_HEADINGS. The footnotes' own heading is not one.
 */
export function tableOfContents(tree: Root): { id: string; text: string }[] {
  const entries = tree.children
    .filter((node): node is Element => node.type === 'element' && node.tagName === 'h2')
    .flatMap((h2) => {
      const { id } = h2.properties;
      const text = toString(h2).replace(/\s+/g, ' ').trim();
      return typeof id === 'string' && text && !/footnote-label$/.test(id) ? [{ id, text }] : [];
    });
  return entries.length >= MIN_TOC_HEADINGS ? entries : [];
}
