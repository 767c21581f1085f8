import { describe, expect, it } from 'vitest';
import { unlinkOldLinks } from '@/lib/import/unlink-old-links';

describe('unlinkOldLinks', () => {
  const at = { file: 'export.xml', line: 40 };

  it("keeps the text of links to old addresses no story has, reporting each with its line, and leaves the site's own", () => {
    const result = unlinkOldLinks(
      [
        'See [the follow-up](/2013/02/01/second.html "Old") and [news](/news/x).',
        '',
        'Also <a href="/category/transport/" class="x">every transport story</a>, ![map](/images/map.png) and [home](/).',
      ].join('\n'),
      ['news', 'images'],
      at,
    );
    expect(result.markdown).toBe(
      'See the follow-up and [news](/news/x).\n\nAlso every transport story, ![map](/images/map.png) and [home](/).',
    );
    expect(result.problems.map((p) => [p.line, p.code, p.severity])).toEqual([
      [40, 'old-link', 'fix'],
      [42, 'old-link', 'fix'],
    ]);
    expect(result.problems[1]?.message).toContain('found /category/transport/, an address of the old site');
  });

  it('unlinks a relative link, which pointed beside the old page', () => {
    const result = unlinkOldLinks('See [a missing one](nowhere.md) and [up](../x/).', [], at);
    expect(result.markdown).toBe('See a missing one and up.');
    expect(result.problems.map((p) => p.message)).toEqual([
      expect.stringContaining('found nowhere.md'),
      expect.stringContaining('found ../x/'),
    ]);
  });

  it('leaves links to other hosts, fragments and mail alone', () => {
    const text =
      '[BBC](https://www.bbc.co.uk/news), [proto](//cdn.example/x), [below](#notes) and [mail](mailto:desk@example.org)';
    expect(unlinkOldLinks(text, [], at)).toEqual({ markdown: text, problems: [] });
  });
});
