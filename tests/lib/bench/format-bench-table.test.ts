import { describe, expect, it } from 'vitest';
import { formatBenchTable, formatFigure } from '@/lib/bench/format-bench-table';
import { median } from '@/lib/bench/median';

describe('formatBenchTable', () => {
  it('prints a row per figure, a column per size and the ratio of the largest to the smallest', () => {
    const table = formatBenchTable([
      { articles: 1000, figures: { 'build.wallMs': 30_000, 'pages.article.rps': 2500 } },
      { articles: 10000, figures: { 'build.wallMs': 36_000, 'pages.article.rps': 2400 } },
    ]);
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/figure .*\| +1,000 articles \| +10,000 articles \| 10k\/1k \|/);
    expect(lines.find((l) => l.startsWith('| build.wallMs'))).toMatch(/30\.0 s \| +36\.0 s \| +1\.20× \|$/);
    expect(lines.find((l) => l.startsWith('| pages.article.rps'))).toMatch(/2,500 \| +2,400 \| +0\.96× \|$/);
  });

  it('shows a dash for a figure one size lacks', () => {
    const table = formatBenchTable([
      { articles: 250, figures: { 'lighthouse.home.seo': 100 } },
      { articles: 1000, figures: {} },
    ]);
    expect(table).toMatch(/lighthouse\.home\.seo \| +100 \| +— \| +— \|/);
  });
});

describe('formatFigure', () => {
  it('reads the unit from the name', () => {
    expect(formatFigure('x.p99Ms', 12.34)).toBe('12.3 ms');
    expect(formatFigure('build.wallMs', 61_970)).toBe('62.0 s');
    expect(formatFigure('pages.home.jsGzipBytes', 2048)).toBe('2.0 KB');
    expect(formatFigure('server.rssBytes', 300 * 2 ** 20)).toBe('300.0 MB');
    expect(formatFigure('build.vsHugo', 1.234)).toBe('1.23×');
    expect(formatFigure('hugo.pages', 1000)).toBe('1,000');
  });
});

describe('median', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });
});
