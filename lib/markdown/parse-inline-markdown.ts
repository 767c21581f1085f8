import type { ElementContent } from 'hast';
import type { BodyReference } from './derive-body';
import { parseMarkdown } from './parse-markdown';

export type InlineResult =
  | { ok: true; inline: ElementContent[]; plainText: string; links: BodyReference[] }
  | { ok: false; message: string };

/**
 * Reads a short text written in inline Markdown (links, emphasis, code), such as a correction's: the
 * same parser and sanitiser as a body, keeping the one paragraph's content. Anything else (a heading,
 * a list, an image, two paragraphs) is refused with what was expected.
 * @example parseInlineMarkdown('See [the figures](/news/x).') // { ok: true, plainText: 'See the figures.', … }
 */
export function parseInlineMarkdown(text: string): InlineResult {
  const parsed = parseMarkdown(text);
  if (!parsed.ok) return { ok: false, message: parsed.message };
  const [only, ...more] = parsed.value.tree.children.filter((n) => !(n.type === 'text' && !n.value.trim()));
  if (!only || more.length > 0 || only.type !== 'element' || only.tagName !== 'p')
    return {
      ok: false,
      message:
        'expected one paragraph of text, with links or emphasis at most, found other Markdown (a heading, list, quote or second paragraph)',
    };
  if (parsed.value.images.length > 0)
    return { ok: false, message: 'expected text with links or emphasis at most, found an image' };
  return {
    ok: true,
    inline: only.children,
    plainText: parsed.value.plainText.trim(),
    links: parsed.value.links,
  };
}
