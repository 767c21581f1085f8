import type { ElementContent, Root, Text } from 'hast';
import { isElement, lineInText, type Reporter, sliceText, text } from './html-tree';
import { handleShortcode, type ShortcodeContext } from './wp-shortcode-handlers';
import { findOpener } from './wp-shortcode-syntax';

export { closingNames, parseShortcodeAttributes, type Shortcode } from './wp-shortcode-syntax';

const SKIP_INSIDE = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'textarea']);

/**
 * Replaces WordPress shortcodes in the body's text by what they stand for (figures, galleries, embed
 * cards, footnotes), and strips the tags of any other shortcode, keeping its content and reporting it.
 * `[[name]]` is WordPress's escape and stays the literal text `[name]`. Code is left alone.
 */
export function expandShortcodes(
  tree: Root,
  options: Pick<ShortcodeContext, 'reporter' | 'resolveAttachment'>,
  closers: Set<string>,
): void {
  const context: Context = { ...options, unknown: new Map() };
  tree.children = expandIn(tree.children as ElementContent[], context, closers) as Root['children'];
  for (const [name, { tag, line, count }] of context.unknown)
    options.reporter.report(
      'fix',
      'unknown-shortcode',
      line,
      `expected a shortcode this site can convert (caption, gallery, embed, video, audio, youtube…), found ${tag}` +
        (count > 1 ? ` (and ${count - 1} more [${name}])` : '') +
        '; its tags were removed and any text inside kept: rebuild what it showed, or delete it',
    );
}

type Context = Omit<ShortcodeContext, 'line'>;

function expandIn(children: ElementContent[], context: Context, closers: Set<string>) {
  const out: ElementContent[] = [];
  const queue = [...children];
  for (let node = queue.shift(); node; node = queue.shift()) {
    if (node.type !== 'text') {
      if (isElement(node) && !SKIP_INSIDE.has(node.tagName))
        node.children = expandIn(node.children, context, closers);
      out.push(node);
      continue;
    }
    const found = findOpener(node.value, closers);
    if (!found) {
      out.push(removeStrayClosers(node, context.reporter));
      continue;
    }
    out.push(removeStrayClosers(sliceText(node, 0, found.index), context.reporter));
    if (found.escaped) {
      out.push(text(found.shortcode.tag, lineInText(node, found.index)));
      queue.unshift(sliceText(node, found.end));
      continue;
    }
    const rest = sliceText(node, found.end);
    const { inner, after } = found.selfClosing
      ? { inner: undefined, after: rest }
      : takeUntilCloser(rest, queue, found.shortcode.name);
    const content = inner && expandIn(inner, context, closers);
    out.push(
      ...handleShortcode(found.shortcode, content, { ...context, line: lineInText(node, found.index) }),
    );
    queue.unshift(after);
  }
  return out.filter((node) => !(node.type === 'text' && node.value === ''));
}

// A closing tag whose opening tag is elsewhere (or gone) would show as text.
function removeStrayClosers(node: Text, reporter: Reporter): Text {
  const value = node.value.replace(/\[\/([A-Za-z][\w-]*)\]/g, (tag, _name: string, index: number) => {
    reporter.report('fix', 'unknown-shortcode', lineInText(node, index), strayMessage(tag));
    return '';
  });
  return value === node.value ? node : { ...node, value };
}

function strayMessage(tag: string): string {
  return `expected a shortcode to close, found ${tag} with no opening tag before it; it was removed`;
}

// Finds `[/name]` in this text or a later sibling's; without one the shortcode closes itself.
function takeUntilCloser(rest: Text, queue: ElementContent[], name: string) {
  const closer = new RegExp(`\\[/${name}\\]`, 'i');
  const here = closer.exec(rest.value);
  if (here)
    return { inner: [sliceText(rest, 0, here.index)], after: sliceText(rest, here.index + here[0].length) };
  for (let index = 0; index < queue.length; index++) {
    const candidate = queue[index];
    const match = candidate?.type === 'text' ? closer.exec(candidate.value) : null;
    if (!match || candidate?.type !== 'text') continue;
    const inner = [rest, ...queue.slice(0, index), sliceText(candidate, 0, match.index)];
    queue.splice(0, index + 1);
    return { inner, after: sliceText(candidate, match.index + match[0].length) };
  }
  return { inner: undefined, after: rest };
}
