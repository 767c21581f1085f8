import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { toString } from 'hast-util-to-string';
import type { FootnoteDefinition, Root as MdastRoot } from 'mdast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { applyAutop } from './html-autop';
import { liftBlocks, markCodeLanguages, removeUnsafe } from './html-clean';
import { convertEmbeds } from './html-embeds';
import { convertImages } from './html-images';
import { prepareHtml } from './html-prepare';
import { finishMdast } from './html-mdast-tidy';
import { createHandlers, prepareTables } from './html-to-mdast';
import { createReporter, type Reporter } from './html-tree';
import { convertNoteLists, unlinkPageAnchors } from './html-footnotes';
import type { ImportProblem, SourceLocation } from './source-post';
import { closingNames, expandShortcodes } from './wordpress-shortcodes';
import type { Attachment } from './wp-shortcode-handlers';

export type { Attachment } from './wp-shortcode-handlers';

/** How to convert one body: where it is, and how to find its images locally. */
export interface ConvertOptions {
  /** Where the body starts in its source file; problems' lines are at.line + the line inside the body. */
  at: SourceLocation;
  /**
   * Maps an image/media URL found in the body (src, srcset candidate, shortcode attribute, href to an
   * image) to this site's local path such as `/images/2012/01/photo.jpg`, or undefined when it is not
   * available locally. When absent, every image is treated as unavailable.
   */
  resolveImage?: (src: string) => string | undefined;
  /** A `[gallery ids="…"]` attachment id's image, from the export's attachments; undefined when unknown. */
  resolveAttachment?: (id: string) => Attachment | undefined;
}

/** A converted body and what the editor must know about it. */
export interface ConvertedBody {
  markdown: string;
  problems: ImportProblem[];
  /** Every image URL the body referenced (before resolving), so the caller can copy them. */
  images: string[];
}

const parser = unified().use(rehypeParse, { fragment: true });
const HIDDEN = new Set(['script', 'style', 'template', 'noscript']);
const SEPARATE = new Set([
  'br',
  'p',
  'div',
  'li',
  'td',
  'th',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
]);

/**
 * Converts a WordPress body (classic-editor HTML with wpautop's blank-line paragraphs, or Gutenberg
 * block markup) into this site's Markdown: shortcodes expanded or reported, images resolved to local
 * files or reported, embeds made cards, scripts and forms removed. Pure: no I/O.
 * @example htmlToMarkdown('One\n\nTwo &amp; three', { at: { file: 'x.xml', line: 40 } }).markdown // 'One\n\nTwo & three\n'
 */
export function htmlToMarkdown(html: string, options: ConvertOptions): ConvertedBody {
  const reporter = createReporter(options.at);
  const prepared = prepareHtml(html, reporter);
  const images = new Set<string>();
  let markdown: string;
  try {
    markdown = convert(prepared, options, reporter, images);
  } catch (error) {
    // Markup nested thousands deep overflows the stack of the tree libraries (the site refuses more
    // than 100 levels anyway); the story's words are still worth importing.
    if (!(error instanceof RangeError)) throw error;
    reporter.report(
      'fix',
      'too-complex',
      undefined,
      'expected HTML nested at most 100 levels deep, found markup nested too deeply to convert; the body was imported as plain text: rebuild its layout',
    );
    markdown = plainParagraphs(prepared);
  }
  const problems = reporter.problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { markdown: tidy(markdown), problems, images: [...images] };
}

function convert(prepared: string, options: ConvertOptions, reporter: Reporter, images: Set<string>): string {
  const tree = parser.parse(prepared) as HastRoot;
  removeUnsafe(tree, reporter);
  markCodeLanguages(tree);
  expandShortcodes(tree, { reporter, resolveAttachment: options.resolveAttachment }, closingNames(prepared));
  // Gutenberg saves its own <p>s and WordPress does not run wpautop's line breaks on block content.
  applyAutop(tree, !/<!--\s*wp:/.test(prepared));
  convertEmbeds(tree, reporter);
  convertNoteLists(tree);
  unlinkPageAnchors(tree, reporter, /<!--\s*wp:footnotes/.test(prepared));
  convertImages(tree, { reporter, resolveImage: options.resolveImage, images });
  liftBlocks(tree);
  prepareTables(tree);
  const definitions: FootnoteDefinition[] = [];
  const toMarkdown = unified()
    .use(rehypeRemark, { handlers: createHandlers(definitions) })
    .use(remarkGfm)
    .use(remarkStringify, {
      bullet: '-',
      emphasis: '*',
      strong: '*',
      rule: '-',
      fence: '`',
      fences: true,
      listItemIndent: 'one',
      incrementListMarker: true,
    });
  const mdast = toMarkdown.runSync(tree) as MdastRoot;
  finishMdast(mdast, definitions);
  return toMarkdown.stringify(mdast);
}

// The last resort for markup too deep to walk: its text, a paragraph per blank line, Markdown escaped.
function plainParagraphs(html: string): string {
  const text = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '');
  return text
    .split(/\n[ \t]*\n/)
    .map((paragraph) =>
      paragraph
        .replace(/\s+/g, ' ')
        .trim()
        .replace(/[\\`*_[\]<>#|~&!]/g, '\\$&'),
    )
    .filter(Boolean)
    .join('\n\n');
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: '\u00a0',
};

// No trailing whitespace and no runs of blank lines outside code, one final newline.
function tidy(markdown: string): string {
  const out: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      out.push(line);
      if (marker?.startsWith(fence) && line.trim() === marker) fence = undefined;
      continue;
    }
    if (marker) fence = marker;
    const trimmed = line.replace(/[ \t]+$/, '');
    if (trimmed === '' && (out.length === 0 || out.at(-1) === '')) continue;
    out.push(trimmed);
  }
  while (out.at(-1) === '') out.pop();
  return out.length ? `${out.join('\n')}\n` : '';
}

/**
 * Plain text of an HTML fragment (titles, excerpts, captions): entities decoded once, tags reduced to
 * their text, whitespace collapsed. `hadMarkup` says whether any tag was dropped.
 * @example htmlToPlainText('Fish &amp; <em>chips</em>') // { text: 'Fish & chips', hadMarkup: true }
 */
export function htmlToPlainText(html: string): { text: string; hadMarkup: boolean } {
  const tree = parser.parse(html.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')) as HastRoot;
  let hadMarkup = false;
  const strip = (node: HastRoot | Element) => {
    const children: ElementContent[] = (node.children as ElementContent[]).flatMap(
      (child): ElementContent[] => {
        if (child.type === 'comment') hadMarkup = true;
        if (child.type !== 'element') return child.type === 'comment' ? [] : [child];
        hadMarkup = true;
        if (HIDDEN.has(child.tagName)) return [];
        strip(child);
        // Words either side of a line break or a block are separate words.
        return SEPARATE.has(child.tagName) ? [child, { type: 'text', value: ' ' }] : [child];
      },
    );
    node.children = children;
  };
  strip(tree);
  return { text: toString(tree).replace(/\s+/g, ' ').trim(), hadMarkup };
}
