import type { Root } from 'hast';
import { bodyHtml, parseMarkdown } from '@/lib/markdown/parse-markdown';

/** A body's sanitised tree, failing the test when the body is refused. */
export function renderMarkdownTree(markdown: string): Root {
  const result = parseMarkdown(markdown);
  if (!result.ok) throw new Error(`refused at line ${result.line}: ${result.message}`);
  return result.value.tree;
}

/** A body's sanitised HTML, as feeds get it. */
export function renderMarkdown(markdown: string): string {
  return bodyHtml(renderMarkdownTree(markdown));
}
