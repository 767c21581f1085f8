// markdown-it-footnote ships no types; @types/markdown-it-footnote pins markdown-it 14's types.
declare module 'markdown-it-footnote' {
  import type { MarkdownIt } from 'markdown-it';
  const footnotes: (md: MarkdownIt) => void;
  export default footnotes;
}
