import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Root as MdastRoot } from 'mdast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { ID_PREFIX, sanitizeSchema } from './sanitize-schema';

// The headline is the page's one h1, so body headings start at h2.
function demoteHeadings() {
  return (tree: MdastRoot) => {
    visit(tree, 'heading', (node) => {
      if (node.depth < 2) node.depth = 2;
    });
  };
}

// Heading anchors get the same prefix as footnotes, so every `href="#…"` matches an id after sanitising.
function prefixHeadingIds() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (/^h[2-6]$/.test(node.tagName) && typeof id === 'string' && !id.startsWith(ID_PREFIX))
        node.properties.id = ID_PREFIX + id;
    });
  };
}

// `![alt](/images/x.jpg "Caption")` alone in its paragraph becomes a figure with that caption.
function captionedImagesToFigures() {
  return (tree: HastRoot) => {
    visit(tree, 'element', (node) => {
      if (node.tagName !== 'p') return;
      const content = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
      const [image] = content;
      if (
        content.length !== 1 ||
        image?.type !== 'element' ||
        image.tagName !== 'img' ||
        typeof image.properties.title !== 'string'
      )
        return;
      const caption = image.properties.title;
      delete image.properties.title;
      node.tagName = 'figure';
      node.children = [
        image,
        {
          type: 'element',
          tagName: 'figcaption',
          properties: {},
          children: [{ type: 'text', value: caption }],
        },
      ];
    });
  };
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(demoteHeadings)
  .use(remarkRehype, { allowDangerousHtml: true, clobberPrefix: ID_PREFIX, footnoteLabelTagName: 'h2' })
  .use(rehypeRaw)
  .use(rehypeSlug)
  .use(prefixHeadingIds)
  .use(captionedImagesToFigures)
  .use(rehypeAutolinkHeadings, { behavior: 'wrap' })
  // Sanitising runs after every plugin that adds markup; nothing untrusted is added after it.
  .use(rehypeSanitize, sanitizeSchema);

/**
 * Renders an article body (GitHub-flavoured Markdown) to a sanitised HTML tree: raw HTML outside the
 * allow-list, scripts, event handlers and `javascript:` URLs are removed. Pages turn the tree into
 * React elements (so body images go through next/image); feeds serialise it.
 */
export function renderMarkdownTree(markdown: string): HastRoot {
  const tree = processor.runSync(processor.parse(markdown)) as HastRoot;
  // Markdown and raw HTML can nest what HTML cannot (a table inside a paragraph); a browser re-parents
  // such markup, and React then finds a different page from the one it rendered. Parsing our own
  // output as a browser would gives React the tree the browser will have.
  return fromHtml(toHtml(tree), { fragment: true });
}

/** The same body as an HTML string, for feeds and standing pages. */
export function renderMarkdown(markdown: string): string {
  return toHtml(renderMarkdownTree(markdown));
}
