import type { GeneratedArticle } from './generate-archive';
import { PLACES, TOPICS } from './word-bank';
import { runLoadTest } from './load-test';
import { median } from './median';
import { measurePageWeight } from './page-weight';
import { readTreeCpuMs, readTreeRss } from './process-tree';
import type { RunningServer } from './start-server';

export interface SitePlan {
  /** The newest article: prerendered at build, so served from the cache. */
  cachedArticle: GeneratedArticle;
  /** Old articles no request has rendered yet, one per first-hit sample plus one that loads the index. */
  uncachedArticles: GeneratedArticle[];
  searchQuery: string;
  connections: number;
  loadSeconds: number;
}

export interface SiteMeasures {
  figures: Record<string, number>;
  checks: Record<string, string | number | boolean>;
}

const PAGES = [
  'article',
  'home',
  'section',
  'search',
  'searchTypo',
  'searchLong',
  'searchFiltered',
  'searchVaried',
  'notFound',
  'notFoundRandom',
] as const;

// A query of ten words, as readers paste a sentence; and one of two typos, which takes the slow path.
const LONG_QUERY = 'council budget rail housing school hospital jobs transport energy police';
// Every request a query no one asked for a second before, so none is answered from the microcache:
// what the search index itself costs.
const ALL_TOPICS = Object.values(TOPICS).flat();
const pick = (list: readonly string[]) => list[Math.floor(Math.random() * list.length)] ?? '';
const variedSearch = () =>
  `/search?q=${encodeURIComponent(`${pick(PLACES)} ${pick(ALL_TOPICS)}`)}&n=${Math.random().toString(36).slice(2)}`;
const randomPath = () => `/${Math.random().toString(36).slice(2)}/${Math.random().toString(36).slice(2)}`;

/**
 * Measures a running server: first hits of unrendered articles and the cached article under load
 * just after start; then, once the server is idle, load, latency and weight of each page type.
 */
export async function measureSite(server: RunningServer, plan: SitePlan): Promise<SiteMeasures> {
  const figures: Record<string, number> = {};
  const checks: Record<string, string | number | boolean> = {};
  const hit = async (article: GeneratedArticle) => {
    const started = performance.now();
    const response = await fetch(`${server.url}/${article.section}/${article.slug}`);
    const html = await response.text();
    return {
      ms: performance.now() - started,
      ok: response.status === 200 && html.includes(escapeHtml(article.title)),
    };
  };
  const measured = performance.now();
  const [first, ...rest] = plan.uncachedArticles;
  if (!first || rest.length === 0) throw new Error('measureSite needs at least two unrendered articles');
  // The first dynamic request also loads the content index in the server, so it is reported apart.
  const firstRequest = await hit(first);
  figures['server.firstDynamicRequestMs'] = firstRequest.ms;
  const hits = [];
  for (const article of rest) hits.push(await hit(article));
  figures['firstHit.articleMs'] = median(hits.map((h) => h.ms));
  checks['firstHit.allFullPages'] = firstRequest.ok && hits.every((h) => h.ok);
  figures['server.rssBytes'] = await readTreeRss(server.pid);

  // The cached article right after start, while start-up work (stamping the files, ranking related
  // stories, collecting the snapshot's garbage) shares the thread: what a burst of readers meets
  // after a restart. The rows below are measured once that work is done, as a server runs all day.
  const articlePath = `/${plan.cachedArticle.section}/${plan.cachedArticle.slug}`;
  const atStart = await runLoadTest(`${server.url}${articlePath}`, {
    connections: plan.connections,
    durationSeconds: AT_START_SECONDS,
    expectedStatus: 200,
  });
  figures['pages.articleAtStart.rps'] = atStart.requestsPerSecond;
  figures['pages.articleAtStart.p99Ms'] = atStart.p99Ms;
  checks['pages.articleAtStart.unexpectedResponses'] = atStart.unexpected;
  figures['server.settleMs'] = performance.now() - measured + (await waitUntilIdle(server.pid));

  const paths: Record<(typeof PAGES)[number], { path: string; status: number; nextPath?: () => string }> = {
    article: { path: articlePath, status: 200 },
    home: { path: '/', status: 200 },
    section: { path: `/${plan.cachedArticle.section}`, status: 200 },
    search: { path: `/search?q=${encodeURIComponent(plan.searchQuery)}`, status: 200 },
    searchTypo: { path: `/search?q=${encodeURIComponent(misspell(plan.searchQuery))}`, status: 200 },
    searchLong: { path: `/search?q=${encodeURIComponent(LONG_QUERY)}`, status: 200 },
    // The plain query narrowed to a section, newest first: what the filters cost beside it.
    searchFiltered: {
      path: `/search?q=${encodeURIComponent(plan.searchQuery)}&section=${encodeURIComponent(plan.cachedArticle.section)}&sort=newest`,
      status: 200,
    },
    searchVaried: { path: variedSearch(), status: 200, nextPath: variedSearch },
    notFound: { path: `/${plan.cachedArticle.section}/no-such-story-in-this-archive`, status: 404 },
    // Every request a path never seen before: what a crawler or an attacker inventing URLs sends.
    notFoundRandom: { path: randomPath(), status: 404, nextPath: randomPath },
  };
  let peakRss = figures['server.rssBytes'];
  const sampler = setInterval(
    () => void readTreeRss(server.pid).then((rss) => (peakRss = Math.max(peakRss, rss))),
    250,
  );
  try {
    for (const page of PAGES) {
      const { path, status, nextPath } = paths[page];
      const weight = await measurePageWeight(`${server.url}${path}`);
      const cpuBefore = await readTreeCpuMs(server.pid);
      const load = await runLoadTest(`${server.url}${path}`, {
        connections: plan.connections,
        durationSeconds: plan.loadSeconds,
        expectedStatus: status,
        nextPath,
      });
      // The server's own CPU per request: unlike requests/s, it does not depend on what else the machine runs.
      const cpuMsPerRequest = ((await readTreeCpuMs(server.pid)) - cpuBefore) / Math.max(1, load.requests);
      Object.assign(figures, {
        [`pages.${page}.rps`]: load.requestsPerSecond,
        [`pages.${page}.p50Ms`]: load.p50Ms,
        [`pages.${page}.p99Ms`]: load.p99Ms,
        [`pages.${page}.cpuMsPerRequest`]: cpuMsPerRequest,
        [`pages.${page}.htmlBytes`]: weight.htmlBytes,
        [`pages.${page}.htmlGzipBytes`]: weight.htmlGzipBytes,
        [`pages.${page}.jsBytes`]: weight.jsBytes,
        [`pages.${page}.jsGzipBytes`]: weight.jsGzipBytes,
        [`pages.${page}.inlineScriptBytes`]: weight.inlineScriptBytes,
      });
      Object.assign(checks, {
        [`pages.${page}.unexpectedResponses`]: load.unexpected,
        [`pages.${page}.requests`]: load.requests,
        [`pages.${page}.scripts`]: weight.scripts,
        [`pages.${page}.contentEncoding`]: weight.encoding,
        [`pages.${page}.cacheControl`]: weight.cacheControl,
      });
    }
  } finally {
    clearInterval(sampler);
  }
  figures['server.peakRssBytes'] = peakRss;
  return { figures, checks };
}

const AT_START_SECONDS = 3;
// Idle: under a tenth of a core in a half-second window (/proc counts CPU in 10 ms ticks).
const IDLE_WINDOW_MS = 500;
const IDLE_CPU_MS = 50;
const MAX_SETTLE_MS = 60_000;

/** Waits until the server's processes fall idle (or a minute passes); returns how long that took, in ms. */
async function waitUntilIdle(pid: number): Promise<number> {
  const started = performance.now();
  let before = await readTreeCpuMs(pid);
  while (performance.now() - started < MAX_SETTLE_MS) {
    await new Promise((resolve) => setTimeout(resolve, IDLE_WINDOW_MS));
    const now = await readTreeCpuMs(pid);
    if (now - before < IDLE_CPU_MS) break;
    before = now;
  }
  return performance.now() - started;
}

// One letter of each word doubled: a typo every word of the query needs corrected.
function misspell(query: string): string {
  return query
    .split(' ')
    .map((word) => (word.length > 3 ? word.slice(0, 2) + word[2] + word.slice(2) : word))
    .join(' ');
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;');
}
