import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@/lib/content/split-front-matter';
import { extractBodyText } from '@/lib/markdown/extract-text';
import { mdastBodyText } from '../../support/mdast-body-text';

const byPosition = <T extends { line?: number }>(items: T[]) =>
  [...items].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || JSON.stringify(a).localeCompare(JSON.stringify(b)),
  );
// Footnote definitions move to the end in markdown-it, so blocks are compared as a multiset.
const sortedBlocks = (text: string) => text.split('\n').sort();

function expectSameAsRenderer(markdown: string) {
  const fast = extractBodyText(markdown);
  const oracle = mdastBodyText(markdown);
  expect(fast.firstParagraph).toBe(oracle.firstParagraph);
  expect(sortedBlocks(fast.plainText)).toEqual(sortedBlocks(oracle.plainText));
  expect(byPosition(fast.internalLinks)).toEqual(byPosition(oracle.internalLinks));
  expect(byPosition(fast.images)).toEqual(byPosition(oracle.images));
}

async function markdownFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && /\.(md|markdown)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('extractBodyText', () => {
  it('finds internal links and images with their lines, not links in code', () => {
    const body = [
      'Intro with a [story](/world/council-budget) and [outside](https://example.org).',
      'A second line with [another](/sport/final-score "title").',
      '',
      '    [not a link](/world/indented-code)',
      '',
      '```',
      '[nor this](/world/fenced)',
      '```',
      '',
      'Inline `[code](/world/inline-code)` too.',
      '',
      '![A chart of the budget](/images/chart.png "Where the money goes")',
      '',
      '| Team | Link |',
      '| --- | --- |',
      '| Hawks | [report](/sport/hawks-win) |',
      '',
      '- item one',
      '- item with [link](/culture/review)',
      '',
      '> quoted [link](/world/quoted)',
      '',
      'Protocol-relative [link](//evil.example/x) is not internal.',
    ].join('\n');
    const text = extractBodyText(body);
    expect(text.internalLinks).toEqual([
      { url: '/world/council-budget', line: 1 },
      { url: '/sport/final-score', line: 2 },
      { url: '/sport/hawks-win', line: 16 },
      { url: '/culture/review', line: 19 },
      { url: '/world/quoted', line: 21 },
    ]);
    expect(text.images).toEqual([{ src: '/images/chart.png', alt: 'A chart of the budget', line: 12 }]);
    expect(text.firstParagraph).toBe('Intro with a story and outside. A second line with another.');
    expect(text.plainText).toContain('[nor this](/world/fenced)');
    expectSameAsRenderer(body);
  });

  it('resolves reference-style links and images, which the renderer also resolves', () => {
    const body = 'See [the vote][vote] and ![a map][map].\n\n[vote]: /world/the-vote\n[map]: /images/map.png';
    const text = extractBodyText(body);
    expect(text.internalLinks).toEqual([{ url: '/world/the-vote', line: 1 }]);
    expect(text.images).toEqual([{ src: '/images/map.png', alt: 'a map', line: 1 }]);
    expectSameAsRenderer(body);
  });

  it('keeps URLs as written, even ones the renderer will strip', () => {
    const text = extractBodyText('![x](javascript:alert(1)) [a](/world/caf%C3%A9) [b](/world/café)');
    expect(text.images.map((i) => i.src)).toEqual(['javascript:alert(1)']);
    expect(text.internalLinks.map((l) => l.url)).toEqual(['/world/caf%C3%A9', '/world/café']);
  });

  it('reads footnotes, emphasis, entities and inline HTML like the renderer', () => {
    expectSameAsRenderer(
      'A claim.[^1] With *emphasis*, ~~struck~~ &amp; <abbr title="x">HTML</abbr>.\n\n' +
        '## A heading\n\n[^1]: The [source](/world/source), line two\n    continues here.',
    );
  });

  it('agrees with the renderer on every sample and fixture article', async () => {
    const dirs = ['content', 'tests/fixtures/content', 'tests/fixtures/hostile-content'];
    const files = (await Promise.all(dirs.map((d) => markdownFiles(path.resolve(d))))).flat();
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const split = splitFrontMatter((await readFile(file, 'utf8')).replace(/\r\n?/g, '\n'));
      if (split.ok) expectSameAsRenderer(split.body);
    }
  });
});
