import MarkdownIt, { type Token } from 'markdown-it';
import footnotes from 'markdown-it-footnote';

// The index reads every article's body on every cold start and build, so it uses markdown-it, which
// tokenizes CommonMark ~40× faster than micromark (10,000 articles: ~1 s instead of ~45 s). Pages are
// still rendered by the unified pipeline (render-markdown.ts); tests/lib/markdown/extract-text.test.ts
// checks that both parsers find the same text, links and images.
const markdown = new MarkdownIt('commonmark').enable(['table', 'strikethrough']).use(footnotes);
// Report URLs as written, like mdast: links are checked and images validated here, never rendered.
markdown.normalizeLink = (url) => url;
markdown.validateLink = () => true;

export interface BodyText {
  /** The first paragraph as plain text: the fallback summary. */
  firstParagraph: string;
  /** All readable text, blocks separated by newlines: for word counts, related ranking and search. */
  plainText: string;
  /** Internal links to `/section/slug` pages, in order of appearance, with their line in the body. */
  internalLinks: { url: string; line?: number }[];
  /** Markdown images (`![alt](src "caption")`), with their line in the body. */
  images: { src: string; alt: string; line?: number }[];
}

/** Reads a Markdown body as plain text without rendering it. Lines are 1-based within `markdown`. */
export function extractBodyText(markdownText: string): BodyText {
  const tokens = markdown.parse(markdownText, {});
  const blocks: string[] = [];
  const internalLinks: BodyText['internalLinks'] = [];
  const images: BodyText['images'] = [];
  let firstParagraph = '';
  let blockLine: number | undefined;
  let textBlock: string | undefined;
  for (const token of tokens) {
    if (token.map) blockLine = token.map[0] + 1;
    if (token.type === 'paragraph_open' || token.type === 'heading_open') textBlock = token.type;
    else if (token.type === 'th_open' || token.type === 'td_open') textBlock = 'cell';
    else if (token.type === 'fence' || token.type === 'code_block')
      blocks.push(token.content.replace(/\n$/, ''));
    else if (token.type === 'inline') {
      let line = blockLine;
      for (const child of token.children ?? []) {
        if (child.type === 'softbreak' || child.type === 'hardbreak') line = line && line + 1;
        else if (child.type === 'link_open') {
          const url = String(child.attrGet('href') ?? '');
          if (url.startsWith('/') && !url.startsWith('//')) internalLinks.push({ url, line });
        } else if (child.type === 'image')
          images.push({
            src: String(child.attrGet('src') ?? ''),
            alt: inlineText(child.children).trim(),
            line,
          });
      }
      const text = inlineText(token.children).replace(/\s+/g, ' ').trim();
      if (textBlock && text) blocks.push(text);
      if (textBlock === 'paragraph_open' && !firstParagraph && text) firstParagraph = text;
      textBlock = undefined;
    }
  }
  return { firstParagraph, plainText: blocks.join('\n'), internalLinks, images };
}

// What a reader sees of inline content: text, code, image descriptions and inline HTML as written.
function inlineText(children: readonly Token[] | null): string {
  let text = '';
  for (const child of children ?? []) {
    if (child.type === 'image') text += inlineText(child.children);
    else if (child.type === 'softbreak' || child.type === 'hardbreak') text += '\n';
    else if (child.type === 'text' || child.type === 'code_inline' || child.type === 'html_inline')
      text += child.content;
  }
  return text;
}

/** Shortens text to at most `max` characters at a word boundary, adding an ellipsis when cut. */
export function truncateAtWord(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** Counts words as runs of letters or digits, so punctuation and Markdown leftovers do not count. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}
