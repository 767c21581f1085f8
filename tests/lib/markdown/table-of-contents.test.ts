import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '@/lib/markdown/parse-markdown';
import { tableOfContents } from '@/lib/markdown/table-of-contents';

const tree = (markdown: string) => {
  const parsed = parseMarkdown(markdown);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.tree;
};
const sections = (n: number) => Array.from({ length: n }, (_, i) => `## Part *${i + 1}*\n\nText.\n\n### Detail\n\nMore.`).join('\n\n');

describe('tableOfContents', () => {
  it('lists the subheadings of a body with four or more, with their anchors and plain text', () => {
    expect(tableOfContents(tree(sections(4)))).toEqual([
      { id: 'user-content-part-1', text: 'Part 1' },
      { id: 'user-content-part-2', text: 'Part 2' },
      { id: 'user-content-part-3', text: 'Part 3' },
      { id: 'user-content-part-4', text: 'Part 4' },
    ]);
  });

  it('is empty for a shorter story, and never lists the footnotes’ heading', () => {
    expect(tableOfContents(tree(sections(3)))).toEqual([]);
    expect(tableOfContents(tree(`${sections(3)}\n\nA claim.[^1]\n\n[^1]: A source.`))).toEqual([]);
  });
});
