import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ImportProblem, SourceLocation, SourcePost } from './source-post';

/** A story's body as this site's Markdown, what happened on the way, and the images it uses. */
export interface ConvertedBody {
  markdown: string;
  problems: ImportProblem[];
  images: string[];
}

export interface ConvertOptions {
  at: SourceLocation;
  /** The new path of an image of the old site, or undefined when it could not be brought across. */
  resolveImage?: (src: string) => string | undefined;
}

/**
 * Converts a source body to Markdown: Markdown bodies pass through; HTML goes through rehype-remark.
 * A stand-in with the shape of issue20-html's htmlToMarkdown (which adds wpautop, shortcodes and block
 * markup) until that branch lands: then this calls it and keeps only the Markdown pass-through.
 */
export function convertBody(body: SourcePost['body'], options: ConvertOptions): ConvertedBody {
  if (body.format === 'markdown') return { markdown: body.text, problems: [], images: [] };
  const problems: ImportProblem[] = [];
  const images: string[] = [];
  const paragraphs = body.text
    .replace(/<!--\s*\/?wp:[^>]*-->/g, '')
    .split(/\n\s*\n/)
    .map((block) => (/^\s*</.test(block) ? block : `<p>${block}</p>`))
    .join('\n');
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(() => (tree: Root) => {
      visit(tree, 'element', (node: Element) => {
        if (node.tagName !== 'img') return;
        const src = String(node.properties.src ?? '');
        const local = options.resolveImage?.(src);
        delete node.properties.srcSet;
        delete node.properties.sizes;
        if (local) {
          node.properties.src = local;
          images.push(local);
        } else {
          problems.push({ ...options.at, severity: 'fix', code: 'missing-image', message: `the image ${src} was left out: it could not be brought across` });
          node.tagName = 'span';
          node.properties = {};
          node.children = [];
        }
      });
    })
    .use(rehypeRemark)
    .use(remarkGfm)
    .use(remarkStringify);
  const markdown = String(processor.processSync(paragraphs));
  return { markdown, problems, images };
}
