import type { ElementContent, Root, Text } from 'hast';
import { isElement, lineInText, type Reporter, sliceText, text } from './html-tree';
import { handleShortcode, type ShortcodeContext } from './wp-shortcode-handlers';

/** One shortcode as written: `[caption id="a" width="300"]…[/caption]`. */
export interface Shortcode {
  name: string;
  /** Named attributes by lower-case name; positional values (`[youtube URL]`) under "0", "1"… */
  attributes: Record<string, string>;
  /** The tag as written, for reports. */
  tag: string;
}

// Names WordPress core and the plugins newsrooms used most register; other names are shortcodes only
// when they look like one (attributes, a closing tag, `_` or `-` in the name), so `[sic]` stays text.
const KNOWN = new Set(
  (
    'caption wp_caption gallery embed video audio playlist youtube vimeo tweet twitter instagram ' +
    'soundcloud spotify googlemaps dailymotion ted scribd slideshare wpvideo polldaddy crowdsignal ' +
    'contact-form contact-form-7 wpforms gravityform gravityforms ninja_form mc4wp_form ' +
    'footnote efn_note ref button row column columns one_half one_third two_third tabs tab accordion toggle'
  ).split(' '),
);
const BUILDER_PREFIX = /^(vc|et_pb|fusion|su|av|ux|tve|cs|mk|dt|rev)_/;
const SKIP_INSIDE = new Set(['pre', 'code', 'kbd', 'samp', 'script', 'style', 'textarea']);
const OPENER = /\[(\[?)([A-Za-z][\w-]*)(?=[\s\]/=])([^\]\n]*?)(\/?)\](\]?)/g;

/** Reads a shortcode's attributes the way WordPress's `shortcode_parse_atts` does. */
export function parseShortcodeAttributes(source: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  const normalised = source.replace(/[\u201c\u201d\u2033]/g, '"').replace(/[\u2018\u2019\u2032]/g, "'");
  const pattern = /([\w-]+)\s*=\s*"([^"]*)"|([\w-]+)\s*=\s*'([^']*)'|([\w-]+)\s*=\s*([^\s'"]+)|"([^"]*)"|(\S+)/g;
  let position = 0;
  for (const match of normalised.matchAll(pattern)) {
    const name = match[1] ?? match[3] ?? match[5];
    const value = match[2] ?? match[4] ?? match[6] ?? match[7] ?? match[8] ?? '';
    if (name) attributes[name.toLowerCase()] = value;
    else attributes[String(position++)] = value;
  }
  return attributes;
}

/** The names used in closing tags (`[/name]`) anywhere in a body: such a name is a shortcode. */
export function closingNames(html: string): Set<string> {
  return new Set([...html.matchAll(/\[\/([A-Za-z][\w-]*)\]/g)].map((m) => (m[1] ?? '').toLowerCase()));
}

function isKnown(name: string): boolean {
  const lower = name.toLowerCase();
  return KNOWN.has(lower) || BUILDER_PREFIX.test(lower);
}

function looksLikeShortcode(name: string, attributes: string, selfClosing: boolean, closers: Set<string>) {
  const lower = name.toLowerCase();
  return (
    isKnown(lower) ||
    /[_-]/.test(lower) ||
    closers.has(lower) ||
    selfClosing ||
    /^=|[\w-]\s*=\s*["'\w]/.test(attributes)
  );
}

interface Found {
  index: number;
  end: number;
  escaped: boolean;
  shortcode: Shortcode;
  selfClosing: boolean;
}

function findOpener(value: string, closers: Set<string>): Found | undefined {
  for (const match of value.matchAll(OPENER)) {
    const [tag, open = '', name = '', attributes = '', slash = '', close = ''] = match;
    // `[text](url)` and `[text][ref]` are Markdown links someone pasted, not shortcodes; but a
    // shortcode is often followed straight away by its closing tag or another shortcode.
    const next = value.slice(match.index + tag.length, match.index + tag.length + 2);
    if (next.startsWith('(') || (next.startsWith('[') && next !== '[/' && !isKnown(name))) continue;
    if (!looksLikeShortcode(name, attributes, slash === '/', closers)) continue;
    const escaped = open === '[' && close === ']';
    const start = match.index + (open && !escaped ? 1 : 0);
    const end = match.index + tag.length - (close && !escaped ? 1 : 0);
    const written = value.slice(start, end);
    const attributeText = attributes.replace(/^=/, '');
    return {
      index: start,
      end,
      escaped,
      selfClosing: slash === '/',
      shortcode: {
        name: name.toLowerCase(),
        attributes: parseShortcodeAttributes(attributeText),
        tag: escaped ? written.slice(1, -1) : written,
      },
    };
  }
  return undefined;
}

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
      if (isElement(node) && !SKIP_INSIDE.has(node.tagName)) node.children = expandIn(node.children, context, closers);
      out.push(node);
      continue;
    }
    const found = findOpener(node.value, closers);
    if (!found) {
      out.push(removeStrayClosers(node, context.reporter));
      continue;
    }
    out.push(sliceText(node, 0, found.index));
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
    out.push(...handleShortcode(found.shortcode, content, { ...context, line: lineInText(node, found.index) }));
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

