import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeSlug from 'rehype-slug';
import rehypeStringify from 'rehype-stringify';
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
      if (/^h[2-6]$/.test(node.tagName) && typeof id === 'string' && !id.startsWith(ID_PREFIX)) node.properties.id = ID_PREFIX + id;
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
  .use(rehypeAutolinkHeadings, { behavior: 'wrap' })
  // Sanitising runs after every plugin that adds markup; nothing untrusted is added after it.
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeStringify);

/**
 * Renders an article body (GitHub-flavoured Markdown) to safe HTML: raw HTML outside the allow-list,
 * scripts, event handlers and `javascript:` URLs are removed.
 */
export function renderMarkdown(markdown: string): string {
  return String(processor.processSync(markdown));
}
