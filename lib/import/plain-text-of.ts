import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/**
 * The text of a short piece of HTML (a title, an excerpt, a caption), entities decoded once and
 * whitespace collapsed, and whether it had markup. A stand-in for html-to-markdown's
 * htmlToPlainText until issue20-html lands; the same signature, so the switch is one import.
 * @example plainTextOf('Tom &amp; <em>Jerry</em>') // { text: 'Tom & Jerry', hadMarkup: true }
 */
export function plainTextOf(html: string): { text: string; hadMarkup: boolean } {
  const tree = fromHtml(html, { fragment: true });
  const hadMarkup = tree.children.some((node) => node.type !== 'text');
  return { text: toString(tree).replace(/\s+/g, ' ').trim(), hadMarkup };
}
