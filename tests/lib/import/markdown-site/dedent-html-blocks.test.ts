import { describe, expect, it } from 'vitest';
import { dedentHtmlBlocks } from '@/lib/import/markdown-site/dedent-html-blocks';

const at = { file: 'site/_posts/x.md', line: 5 };

describe('dedentHtmlBlocks', () => {
  it('moves an HTML block indented four spaces to the margin, keeping its inner indentation, with a note', () => {
    const { markdown, problems } = dedentHtmlBlocks(
      'Text.\n\n    <table>\n      <tr><td>1</td></tr>\n    </table>\n\nMore.',
      at,
    );
    expect(markdown).toBe('Text.\n\n<table>\n  <tr><td>1</td></tr>\n</table>\n\nMore.');
    expect(problems).toEqual([
      expect.objectContaining({ severity: 'note', code: 'indented-html', file: at.file, line: 7 }),
    ]);
  });

  it('leaves an indented code block that is no HTML, and HTML continuing a list item', () => {
    const source = 'Code:\n\n    const a = 1;\n\n- item\n\n    <div>part of the item</div>\n';
    expect(dedentHtmlBlocks(source, at)).toEqual({ markdown: source, problems: [] });
  });

  it('leaves fenced code alone', () => {
    const source = '```\n\n    <div>shown as code</div>\n```';
    expect(dedentHtmlBlocks(source, at).markdown).toBe(source);
  });
});
