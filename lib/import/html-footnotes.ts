import type { Element, ElementContent, Root } from 'hast';
import {
  element,
  isBlank,
  isElement,
  lineOf,
  mapChildren,
  plainText,
  type Reporter,
  stringProperty,
} from './html-tree';

const NOTES_HEADING = /^(foot ?notes?|notes|references|sources)$/i;

/**
 * Classic-editor footnotes, a `<sup>` link to a note further down (`<sup><a href="#fn1">1</a></sup>` …
 * `<li id="fn1">The source. <a href="#ref1">↩</a></li>`), become `x-footnote` elements where they are
 * referenced, which the Markdown converter writes as `[^1]` footnotes; the note list (with a "Notes"
 * heading or rule just before it) is removed, since the site renders its own.
 */
export function convertNoteLists(tree: Root): void {
  const byId = new Map<string, Element>();
  mapChildren(tree, (node) => {
    const id = isElement(node) ? stringProperty(node, 'id') : undefined;
    if (id && isElement(node, 'li', 'p', 'div')) byId.set(id, node);
    return undefined;
  });
  if (byId.size === 0) return;
  const used = new Set<Element>();
  mapChildren(tree, (node) => {
    const target = referenceTarget(node, byId);
    if (!target || used.has(target)) return undefined;
    used.add(target);
    return [element('x-footnote', {}, noteContent(target), node.position?.start.line)];
  });
  if (used.size === 0) return;
  mapChildren(tree, (node) => (isElement(node) && used.has(node) ? [] : undefined));
  removeEmptyNoteLists(tree);
}

/**
 * Links to a place inside the old page (`href="#…"`) keep only their text: this site gives headings
 * and footnotes anchors of its own, so the old ones would lead nowhere. Footnotes kept outside the
 * body (WordPress 6.3's footnotes block stores them in the post's metadata) are reported.
 */
export function unlinkPageAnchors(tree: Root, reporter: Reporter, hasFootnotesBlock: boolean): void {
  let count = 0;
  let first: number | undefined;
  mapChildren(tree, (node) => {
    if (!isElement(node, 'a') || !stringProperty(node, 'href')?.startsWith('#')) return undefined;
    count++;
    first ??= lineOf(node);
    return node.children;
  });
  if (hasFootnotesBlock)
    reporter.report(
      'fix',
      'footnotes-not-in-body',
      first,
      "expected the post's footnotes in its body, found a footnotes block, which WordPress keeps in the post's metadata; the numbers were kept as text: add the notes as footnotes by hand",
    );
  else if (count > 0)
    reporter.report(
      'note',
      'page-anchor-unlinked',
      first,
      `${count} link${count === 1 ? '' : 's'} to a place in the old page (href="#…") kept only ${count === 1 ? 'its' : 'their'} text: this site gives headings their own anchors`,
    );
}

function referenceTarget(node: ElementContent, byId: Map<string, Element>): Element | undefined {
  if (!isElement(node, 'sup', 'a')) return undefined;
  const content = node.children.filter((c) => !isBlank(c));
  const [only] = content;
  const link = node.tagName === 'a' ? node : content.length === 1 && isElement(only, 'a') ? only : undefined;
  const href = link && stringProperty(link, 'href');
  if (!link || !href?.startsWith('#') || !/^\s*\[?\(?\d{1,3}\)?\]?\s*$/.test(plainText([link])))
    return undefined;
  if (node.tagName === 'a' && !content.some((c) => isElement(c, 'sup'))) return undefined;
  return byId.get(decodeURIComponent(href.slice(1)));
}

// The note's text, without its back-link (`↩`, `^`, "Back") or the number it starts with.
function noteContent(target: Element): ElementContent[] {
  const strip = (nodes: ElementContent[]): ElementContent[] =>
    nodes
      .filter((node) => !(isElement(node, 'a') && stringProperty(node, 'href')?.startsWith('#')))
      .map((node) => (isElement(node) ? { ...node, children: strip(node.children) } : node));
  const content = strip(target.children);
  trimEdges(content);
  const first = content.findIndex((node) => !isBlank(node));
  const lead = content[first];
  if (isElement(lead, 'sup') && /^\s*\d+\s*$/.test(plainText([lead]))) content.splice(first, 1);
  else if (lead?.type === 'text')
    content[first] = { ...lead, value: lead.value.replace(/^\s*\d{1,3}[.)]\s*/, '') };
  trimEdges(content);
  return content;
}

// Whitespace at a note's edges belongs to the sentence around its reference, not to the note.
function trimEdges(content: ElementContent[]) {
  while (content[0] && isBlank(content[0])) content.shift();
  while (content.at(-1) && isBlank(content.at(-1) as ElementContent)) content.pop();
  const first = content[0];
  if (first?.type === 'text') content[0] = { ...first, value: first.value.trimStart() };
  const last = content.at(-1);
  if (last?.type === 'text') content[content.length - 1] = { ...last, value: last.value.trimEnd() };
}

// Removes note lists left empty, with the rule or "Notes" heading that introduced them.
function removeEmptyNoteLists(parent: Root | Element) {
  const out: ElementContent[] = [];
  for (const node of parent.children as ElementContent[]) {
    if (!isElement(node)) {
      out.push(node);
      continue;
    }
    if (!isElement(node, 'ol', 'ul') || !node.children.every(isBlank) || node.children.length === 0) {
      removeEmptyNoteLists(node);
      out.push(node);
      continue;
    }
    for (let last = out.at(-1); last && (isBlank(last) || isNotesIntro(last)); last = out.at(-1)) out.pop();
  }
  parent.children = out;
}

function isNotesIntro(node: ElementContent): boolean {
  if (isElement(node, 'hr')) return true;
  return (
    isElement(node, 'h2', 'h3', 'h4', 'h5', 'h6', 'p') &&
    NOTES_HEADING.test(plainText([node]).replace(/:$/, ''))
  );
}
