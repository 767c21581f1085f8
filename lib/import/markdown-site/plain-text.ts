import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { raw } from 'hast-util-raw';
import { toString } from 'hast-util-to-string';
import { toHast } from 'mdast-util-to-hast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const markdown = unified().use(remarkParse);

/**
 * The text of a title that may hold HTML and entities, as a reader sees it: tags dropped, entities
 * decoded once, white space collapsed. Markdown is left alone (a headline "1. FC Köln wins" is no list).
 * @example htmlToText('Tom &amp; Jerry <em>return</em>') // 'Tom & Jerry return'
 */
export function htmlToText(value: string): string {
  return collapse(textOfBlocks(fromHtml(value, { fragment: true })));
}

/**
 * The plain text of a Markdown summary or excerpt, which may hold inline HTML: emphasis, links and
 * tags reduced to their words, paragraphs joined by a space.
 * @example markdownToText('A **bold** [move](/x) <br> today') // 'A bold move today'
 */
export function markdownToText(value: string): string {
  const tree = toHast(markdown.parse(value), { allowDangerousHtml: true });
  // toHast returns a root for a root; raw turns the HTML nodes it kept into elements.
  return collapse(textOfBlocks(raw(tree as Root)));
}

function textOfBlocks(tree: Root | ReturnType<typeof raw>): string {
  const children = 'children' in tree ? tree.children : [];
  return children.map((child) => toString(child)).join(' ');
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
