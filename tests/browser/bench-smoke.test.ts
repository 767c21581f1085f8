import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateArchive } from '@/lib/bench/generate-archive';
import type { BenchReport } from '@/lib/bench/run-bench';
import { type SiteServer, startSite } from './support/site-server';

const ROOT = path.resolve(import.meta.dirname, '../..');
// More articles than the 50 the build prerenders, so the oldest render on their first request.
const ARTICLES = 80;
const SEED = 'smoke';

let report: BenchReport;
let out = '';

/** Runs `npm run bench`'s entry at a tiny size, keeping the archive and build for the checks below. */
beforeAll(async () => {
  out = path.join(await mkdtemp(path.join(os.tmpdir(), 'bench-smoke-')), 'bench.json');
  const args = [
    '--import',
    'tsx',
    'lib/cli/bench.ts',
    '--sizes',
    String(ARTICLES),
    '--runs',
    '2',
    '--no-lighthouse',
    '--load-seconds',
    '1',
    '--seed',
    SEED,
    '--keep',
    '--out',
    out,
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`the bench exited with ${code}:\n${output.slice(-4000)}`);
  report = JSON.parse(await readFile(out, 'utf8')) as BenchReport;
}, 900_000);

afterAll(async () => {
  for (const size of report?.sizes ?? []) {
    await rm(path.dirname(size.dirs.content), { recursive: true, force: true });
    await rm(path.join(ROOT, size.dirs.dist), { recursive: true, force: true });
  }
  if (out) await rm(path.dirname(out), { recursive: true, force: true });
});

describe('npm run bench at a tiny archive', () => {
  it('reports every figure as a positive number (a median under a millisecond as 0), and no script on any page', () => {
    expect(report.sizes).toHaveLength(1);
    const [size] = report.sizes;
    expect(size?.articles).toBe(ARTICLES);
    const figures = Object.entries(size?.figures ?? {});
    for (const key of [
      'index.coldMs',
      'index.warmMs',
      'build.wallMs',
      'build.peakRssBytes',
      'rebuild.wallMs',
      'server.startMs',
      'server.rssBytes',
      'firstHit.articleMs',
      'pages.article.rps',
      'pages.article.p99Ms',
      'pages.articleAtStart.rps',
      'pages.articleAtStart.p99Ms',
      'server.settleMs',
      'pages.search.jsGzipBytes',
      'pages.notFound.htmlGzipBytes',
      'pages.searchTypo.p99Ms',
      'pages.searchLong.rps',
      'pages.searchFiltered.p99Ms',
      'pages.searchVaried.p99Ms',
      'pages.notFoundRandom.rps',
      'pages.notFoundRandom.p99Ms',
      'server.rssAfterMixedBytes',
      'publish.latencyMs',
      'live.firstRenderMs',
      'live.cached.rps',
      'live.cached.p99Ms',
      'live.updateSeenMs',
      'live.desk50.laterLookMs',
      'twoInstances.article.rps',
      'twoInstances.article.p99Ms',
      'twoInstances.publish.latencyMs',
    ]) {
      expect(figures.map(([k]) => k)).toContain(key);
    }
    // Publish latency is the median of --runs publishes, with one instance and with two.
    expect(size?.samples['publish.latencyMs']).toHaveLength(2);
    expect(size?.samples['twoInstances.publish.latencyMs']).toHaveLength(2);
    // npm start sends pages without Next.js's client runtime: nothing to download or run.
    const scriptFigures = figures.filter(([key]) => /\.(?:js|jsGzip|inlineScript)Bytes$/.test(key));
    expect(scriptFigures.length).toBeGreaterThanOrEqual(15);
    for (const [key, value] of scriptFigures) expect({ key, value }).toEqual({ key, value: 0 });
    // A median latency is in whole milliseconds (autocannon): a page the microcache answers in under
    // one reads 0, which is a measurement, not a missing one. Every other figure must be above 0.
    const median = (key: string) => key.endsWith('.p50Ms');
    for (const [key, value] of figures.filter((figure) => !scriptFigures.includes(figure)))
      expect({ key, valid: Number.isFinite(value) && (median(key) ? value >= 0 : value > 0) }).toEqual({
        key,
        valid: true,
      });
  });

  it('loaded every page with the status it expected, and first-hit articles rendered in full', () => {
    const checks = report.sizes[0]?.checks ?? {};
    // nginx's row beside the site's, or a note saying why there is none.
    const nginx = report.sizes[0]?.figures['nginx.article.rps'];
    expect(nginx !== undefined ? nginx > 0 : typeof checks['nginx.skipped'] === 'string').toBe(true);
    // Hugo's build of the same articles beside ours, every article rendered, or a note when it is absent.
    const figures = report.sizes[0]?.figures ?? {};
    if (existsSync(process.env.HUGO_PATH ?? '/usr/bin/hugo')) {
      expect(figures['hugo.pages']).toBe(ARTICLES);
      expect(figures['hugo.buildMs']).toBeGreaterThan(0);
      expect(figures['build.vsHugo']).toBeCloseTo(
        (figures['build.wallMs'] ?? 0) / (figures['hugo.buildMs'] ?? 1),
      );
    } else {
      expect(checks['hugo.skipped']).toEqual(expect.stringContaining('not installed'));
    }
    for (const page of [
      'article',
      'articleAtStart',
      'home',
      'section',
      'search',
      'searchTypo',
      'searchLong',
      'searchFiltered',
      'searchVaried',
      'notFound',
      'notFoundRandom',
    ])
      expect({ page, unexpected: checks[`pages.${page}.unexpectedResponses`] }).toEqual({
        page,
        unexpected: 0,
      });
    expect(checks['firstHit.prerendered']).toBe(false);
    expect(checks['firstHit.allFullPages']).toBe(true);
  });
});

describe('an article the build did not prerender', () => {
  let server: SiteServer;
  beforeAll(async () => {
    const dirs = report.sizes[0]?.dirs;
    if (!dirs) throw new Error('the bench kept no build');
    server = await startSite(
      { CONTENT_DIR: dirs.content, NEXT_DIST_DIR: dirs.dist, CONTENT_CACHE_DIR: dirs.parseCache },
      'bench-smoke-server',
    );
  }, 120_000);
  afterAll(() => server?.stop());

  it('answers 200 with the full page on its first request', async () => {
    const archive = generateArchive({ articles: ARTICLES, seed: SEED });
    // Old enough not to be prerendered, and past the few the bench's first-hit figure already rendered.
    const oldest = archive.articles[10]!;
    const dist = path.join(ROOT, report.sizes[0]!.dirs.dist);
    expect(existsSync(path.join(dist, 'server/app', oldest.section, `${oldest.slug}.html`))).toBe(false);

    const response = await fetch(`${server.url}/${oldest.section}/${oldest.slug}`);
    const html = await response.text();
    expect(response.status).toBe(200);
    const source = archive.files.find((f) => f.path === oldest.path)!.text;
    const headings = source.match(/^## .+$/gm) ?? [];
    expect(headings.length).toBeGreaterThan(0);
    expect(html).toMatch(/<h1[^>]*>[^<]*<\/h1>/);
    expect(html).toContain(oldest.title.replace(/'/g, '&#x27;'));
    for (const heading of headings) expect(html).toContain(heading.slice(3).replace(/'/g, '&#x27;'));
    expect(html).toMatch(/<footer/);
  });
});
