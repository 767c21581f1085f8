import type { SizeResult } from './bench-size';

/**
 * Formats every figure as a row with a column per archive size and, with two sizes or more, the ratio
 * of the largest to the smallest.
 * @example formatBenchTable([{ articles: 1000, figures: { 'build.wallMs': 30000 } }]) // "| build.wallMs | 30.0 s |" …
 */
export function formatBenchTable(results: readonly Pick<SizeResult, 'articles' | 'figures'>[]): string {
  const keys = [...new Set(results.flatMap((r) => Object.keys(r.figures)))];
  const first = results[0];
  const last = results[results.length - 1];
  const withRatio = results.length > 1 && first !== undefined && last !== undefined;
  const header = [
    'figure',
    ...results.map((r) => `${r.articles.toLocaleString('en-GB')} articles`),
    ...(withRatio ? [`${short(last.articles)}/${short(first.articles)}`] : []),
  ];
  const rows = keys.map((key) => {
    const cells = results.map((r) => formatFigure(key, r.figures[key]));
    const a = first?.figures[key];
    const b = last?.figures[key];
    const ratio = a !== undefined && b !== undefined && a > 0 ? `${(b / a).toFixed(2)}×` : '—';
    return [key, ...cells, ...(withRatio ? [ratio] : [])];
  });
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) =>
    `| ${row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ')} |`;
  return [
    line(header),
    `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

/** A figure in its unit, read from the key's suffix: Ms → ms or s, Bytes → KB or MB, vsX → a ratio, else a plain number. */
export function formatFigure(key: string, value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '—';
  // `build.vsHugo`, ours over another tool's: marked and rounded as the table's own ratio column is.
  if (/\.vs[A-Z]\w*$/.test(key)) return `${value.toFixed(2)}×`;
  if (/Ms$|\.ms$|MsPerRequest$/.test(key))
    return value >= 10_000
      ? `${(value / 1000).toFixed(1)} s`
      : value >= 100
        ? `${Math.round(value)} ms`
        : `${value.toFixed(1)} ms`;
  if (/Bytes$/.test(key))
    return value >= 2 ** 20 ? `${(value / 2 ** 20).toFixed(1)} MB` : `${(value / 1024).toFixed(1)} KB`;
  return value >= 100 ? Math.round(value).toLocaleString('en-GB') : String(Math.round(value * 10) / 10);
}

function short(articles: number): string {
  return articles >= 1000 && articles % 1000 === 0 ? `${articles / 1000}k` : String(articles);
}
