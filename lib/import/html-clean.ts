import type { Element, ElementContent, Root } from 'hast';
import { isEmbeddable, linkParagraph } from './html-embeds';
import {
  classesOf,
  element,
  isElement,
  lineOf,
  mapChildren,
  type Reporter,
  stringProperty,
  text,
} from './html-tree';

// What never reaches the site: code, forms and plugins' markup. The text of a form is its labels,
// which mean nothing without the form.
const REMOVED: Record<string, string> = {
  script: 'a script',
  style: 'a style sheet',
  noscript: 'a <noscript> fallback',
  template: 'a template',
  form: 'a form',
  input: 'a form field',
  button: 'a button',
  select: 'a form field',
  textarea: 'a form field',
  object: 'a plugin object',
  embed: 'a plugin object',
  applet: 'a plugin object',
  svg: 'an SVG drawing',
  link: 'a <link>',
  meta: 'a <meta>',
  base: 'a <base>',
  frameset: 'frames',
  frame: 'frames',
};
const QUIET = new Set(['link', 'meta', 'noscript']);
const BLOCK_IN_PARAGRAPH = new Set(
  'p figure table ul ol dl blockquote pre div h1 h2 h3 h4 h5 h6 hr'.split(' '),
);

/**
 * Removes what must not be carried into the site (scripts, styles, forms, plugin objects), turns
 * `<video>`/`<audio>` into links or embed cards, drops HTML comments (WordPress's block markers and
 * `<!--more-->` among them), and joins `<!--nextpage-->` pages under "Page 2", "Page 3"… subheadings.
 */
export function removeUnsafe(tree: Root, reporter: Reporter): void {
  removeElements(tree, reporter);
  let page = 1;
  let firstBreak: number | undefined;
  mapChildren(tree, (node) => {
    if (node.type === 'comment') {
      if (node.value.trim().toLowerCase() !== 'nextpage') return [];
      firstBreak ??= lineOf(node) ?? 0;
      return [element('h2', {}, [text(`Page ${++page}`)], lineOf(node))];
    }
    if (node.type !== 'element') return undefined;
    if (node.tagName === 'video' || node.tagName === 'audio') return mediaLink(node, reporter);
    // A link that runs code, or an anchor with no address, keeps only its text.
    if (
      node.tagName === 'a' &&
      !/^(https?:|mailto:|tel:|\/|#|\?|[\w.-]+(\/|$))/i.test(stringProperty(node, 'href') ?? '')
    )
      return node.children;
    return undefined;
  });
  if (page > 1)
    reporter.report(
      'note',
      'pages-joined',
      firstBreak || undefined,
      `the post was split into ${page} pages with <!--nextpage-->; they were joined into one story, each page after the first under a "Page N" subheading`,
    );
}

// Top-down, so a form is reported once rather than once for each of its fields.
function removeElements(parent: Root | Element, reporter: Reporter) {
  parent.children = (parent.children as ElementContent[]).filter((node) => {
    if (!isElement(node)) return true;
    const what = REMOVED[node.tagName];
    if (!what) {
      removeElements(node, reporter);
      return true;
    }
    if (!QUIET.has(node.tagName))
      reporter.report(
        'note',
        'markup-removed',
        lineOf(node),
        `${what} (<${node.tagName}>) was removed: the site never carries one into a story`,
      );
    return false;
  });
}

function mediaLink(node: Element, reporter: Reporter): ElementContent[] {
  const source = node.children.find(
    (c): c is Element => isElement(c, 'source') && !!stringProperty(c, 'src'),
  );
  const src = stringProperty(node, 'src') ?? (source && stringProperty(source, 'src'));
  const line = lineOf(node);
  if (!src) return [];
  if (isEmbeddable(src)) return [linkParagraph(src, undefined, line)];
  reporter.report(
    'fix',
    'unsupported-media',
    line,
    `expected ${node.tagName === 'audio' ? 'an audio file' : 'a video'} from a supported embed provider (YouTube, Vimeo…), found ${src}; it became a link to the old site, which stops working when that site does: upload it to a provider and paste its address`,
  );
  return [
    linkParagraph(src, `${node.tagName === 'video' ? 'Video' : 'Audio'}: ${src.split('/').pop()}`, line),
  ];
}

/**
 * Gives each code block the language its source named, in the form the Markdown converter reads
 * (`language-x` on the `<code>`): Prism's `language-x`, `lang-x`, SyntaxHighlighter's `brush: x`.
 */
export function markCodeLanguages(tree: Root): void {
  mapChildren(tree, (node) => {
    if (!isElement(node, 'pre')) return undefined;
    const code = node.children.find((c): c is Element => isElement(c, 'code'));
    const classes = [...classesOf(node), ...(code ? classesOf(code) : [])].join(' ');
    const lang = /(?:language-|lang-|lang:|brush:\s*)([\w+#-]+)/i.exec(classes)?.[1]?.toLowerCase();
    const content =
      code && node.children.every((c) => c === code || c.type !== 'element') ? code.children : node.children;
    return [
      { ...node, children: [element('code', { className: lang ? [`language-${lang}`] : [] }, content)] },
    ];
  });
}

// Elements that hold only inline content: a block inside one is moved out, splitting it.
const INLINE = new Set(
  'p a abbr b bdi bdo cite em font i kbd mark q s small span strong sub sup u h1 h2 h3 h4 h5 h6'.split(' '),
);

/**
 * Moves blocks out of a paragraph or inline element around them (a figure from `[caption]` in a
 * `<p>`, a `<pre>` inside `<strong>`), as a browser would for a paragraph; Markdown cannot nest a
 * block in a line of text.
 */
export function liftBlocks(tree: Root | Element): void {
  mapChildren(tree, (node) => {
    if (!isElement(node) || !INLINE.has(node.tagName)) return undefined;
    if (!node.children.some((c) => isElement(c) && BLOCK_IN_PARAGRAPH.has(c.tagName))) return undefined;
    const out: ElementContent[] = [];
    let run: ElementContent[] = [];
    const flush = () => {
      if (run.some((c) => c.type !== 'text' || c.value.trim() !== '')) out.push({ ...node, children: run });
      run = [];
    };
    for (const child of node.children) {
      if (isElement(child) && BLOCK_IN_PARAGRAPH.has(child.tagName)) {
        flush();
        out.push(child);
      } else run.push(child);
    }
    flush();
    return out;
  });
}
