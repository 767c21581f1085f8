import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { raw } from 'hast-util-raw';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { toHast } from 'mdast-util-to-hast';
import type { Node } from 'unist';
import { VFile } from 'vfile';
import { findNestingProblem, findTooDeepNode, tooDeep } from './check-nesting';
import {
  type BodyImageReference,
  type BodyReference,
  type BodyText,
  collectReferences,
  deriveBodyText,
} from './derive-body';
import { readMarkdown } from './read-markdown';
import { walkTree } from './walk-tree';
import {
  captionedImagesToFigures,
  demoteHeadings,
  linkHeadings,
  removePositions,
  removeStrayInputs,
  slugHeadings,
} from './shape-tree';
import { ID_PREFIX, sanitizeSchema } from './sanitize-schema';

/** A Markdown body read once: its sanitised tree and everything the site derives from it. */
export interface ParsedMarkdown extends BodyText {
  /** Sanitised, shaped as a browser would parse it, without source positions (it is stored). */
  tree: HastRoot;
  links: BodyReference[];
  images: BodyImageReference[];
}

export type MarkdownResult =
  { ok: true; value: ParsedMarkdown } | { ok: false; line?: number; message: string };

/**
 * Reads a GitHub-flavoured Markdown body, with raw HTML, into a sanitised HTML tree, once, and
 * derives from that one tree its plain text, first paragraph, subheadings, footnotes, links and images.
 * Pages render the tree (images through next/image); feeds serialise it; search, related stories and
 * the content check read what is derived from it. Raw HTML outside the allow-list, scripts, event
 * handlers and `javascript:` URLs never reach the tree. Content nested deeper than the libraries can
 * walk is refused with its line rather than read.
 * @example parseMarkdown('Intro.\n\n<p>More <em>text</em></p>').value.plainText // "Intro.\nMore text"
 */
export function parseMarkdown(markdown: string): MarkdownResult {
  const early = findNestingProblem(markdown);
  if (early) return { ok: false, ...early };
  try {
    return readBody(markdown);
  } catch (error) {
    // The checks above bound the depth the libraries see; this is the last line of defence.
    if (error instanceof RangeError) return { ok: false, message: tooDeep('the content') };
    throw error;
  }
}

function readBody(markdown: string): MarkdownResult {
  const mdast = readMarkdown(markdown);
  const deepMarkdown = findTooDeepNode(mdast);
  if (deepMarkdown) return tooDeepAt(deepMarkdown, 'quotes, lists or emphasis');
  demoteHeadings(mdast);
  let tree = toHast(mdast, {
    allowDangerousHtml: true,
    clobberPrefix: ID_PREFIX,
    footnoteLabelTagName: 'h2',
  }) as HastRoot;
  const hasHtml = containsRaw(tree);
  // Parsing raw HTML costs a pass of parse5 over the whole body; most stories have none.
  if (hasHtml) tree = raw(tree, { file: new VFile(markdown) }) as HastRoot;
  const deepHtml = findTooDeepNode(tree);
  if (deepHtml) return tooDeepAt(deepHtml, 'HTML elements');
  const { links, images } = collectReferences(tree, mdast);
  slugHeadings(tree);
  captionedImagesToFigures(tree);
  linkHeadings(tree);
  // Sanitising comes after every step that adds markup; nothing is added after it.
  tree = sanitize(tree, sanitizeSchema) as HastRoot;
  removeStrayInputs(tree);
  // Raw HTML can nest what HTML cannot (a table inside a paragraph), and sanitising can unwrap an
  // element around a block; a browser re-parents such markup, and React would then hydrate a
  // different page from the one it rendered. Reading our own output as a browser would fixes both.
  if (hasHtml) tree = fromHtml(toHtml(tree), { fragment: true });
  removePositions(tree);
  return { ok: true, value: { tree, links, images, ...deriveBodyText(tree) } };
}

function tooDeepAt(node: Node, what: string): MarkdownResult {
  return { ok: false, line: node.position?.start.line, message: tooDeep(what) };
}

function containsRaw(tree: HastRoot): boolean {
  return tree.children.some((node) => node.type === 'raw' || (node.type === 'element' && hasRawInside(node)));
}

function hasRawInside(tree: Node): boolean {
  let found = false;
  walkTree(tree, (node) => {
    if (node.type === 'raw') found = true;
    return !found;
  });
  return found;
}

/** A sanitised body tree as an HTML string, for feeds and standing pages. */
export function bodyHtml(tree: HastRoot): string {
  return toHtml(tree);
}
