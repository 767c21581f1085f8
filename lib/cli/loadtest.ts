import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { resolveContentDir } from '../content/content-dir';
import { loadContentIndex } from '../content/load-content-index';
import { visibleArticles } from '../content/queries';
import { runMixedLoad } from '../bench/mixed-load';
import { readTreeRss } from '../bench/process-tree';
import { startServer } from '../bench/start-server';

/**
 * `npm run loadtest`: builds nothing itself (the npm script builds first), starts `npm start` on a
 * loopback port, sends a mix of home, article, list, search and 404 requests from 100 connections
 * for 60 s (LOADTEST_SECONDS), and checks: no connection errors, no 5xx, and memory at 100,000
 * requests (or at the end, if fewer) within 20% of memory at 10,000. Exits non-zero when a check fails.
 */
const ROOT = process.cwd();
const DURATION = Number(process.env.LOADTEST_SECONDS ?? 60);
const CONNECTIONS = Number(process.env.LOADTEST_CONNECTIONS ?? 100);
const [EARLY, LATE] = [10_000, 100_000];

const { result } = await loadContentIndex(resolveContentDir());
if (!result.ok) throw new Error('the content is invalid: run npm run check:content');
const articles = visibleArticles(result.value.articles, { now: new Date(), preview: false });
const pick = <T>(list: readonly T[], n: number) =>
  list.filter((_, i) => i % Math.max(1, Math.floor(list.length / n)) === 0).slice(0, n);
const paths = [
  '/',
  '/page/2',
  ...pick(articles, 8).map((a) => `/${a.section}/${a.slug}`),
  ...result.value.sections.map((s) => `/${s.slug}`),
  ...pick([...result.value.byTag.keys()], 3).map((t) => `/tags/${t}`),
  ...pick([...result.value.authors.keys()], 2).map((a) => `/authors/${a}`),
  '/archive',
  '/search?q=rail',
  '/search?q=energy+jobs',
  '/search?q=hydrogne',
  '/feed.xml',
  '/news/no-such-story',
  '/no-such-page',
];

await mkdir(path.join(ROOT, 'bench-results'), { recursive: true });
const server = await startServer(
  ROOT,
  { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  path.join(ROOT, 'bench-results/loadtest-server.log'),
);
const memory: Record<number, number> = {};
try {
  console.log(
    `Load test: ${paths.length} URLs, ${CONNECTIONS} connections, ${DURATION} s against ${server.url}`,
  );
  const load = await runMixedLoad(server.url, {
    paths,
    connections: CONNECTIONS,
    durationSeconds: DURATION,
    milestones: [EARLY, LATE],
    onMilestone: async (n) => {
      memory[n] = await readTreeRss(server.pid);
    },
  });
  const end = await readTreeRss(server.pid);
  const late = memory[LATE] ?? end;
  const growth = memory[EARLY] ? late / memory[EARLY] - 1 : NaN;
  const fivexx = Object.entries(load.statuses)
    .filter(([code]) => code.startsWith('5'))
    .reduce((n, [, count]) => n + count, 0);
  const mb = (bytes: number | undefined) => (bytes ? `${(bytes / 1_048_576).toFixed(0)} MB` : 'n/a');
  console.log(`requests        ${load.requests} (${load.requestsPerSecond.toFixed(0)}/s)`);
  console.log(`latency         p50 ${load.p50Ms} ms, p99 ${load.p99Ms} ms`);
  console.log(`statuses        ${JSON.stringify(load.statuses)}`);
  console.log(`errors          ${load.errors} connection errors/timeouts, ${fivexx} 5xx`);
  console.log(
    `server memory   ${mb(memory[EARLY])} after ${EARLY} requests, ${mb(late)} after ${memory[LATE] ? LATE : load.requests}: ${(growth * 100).toFixed(1)}%`,
  );
  const failures = [
    load.errors > 0 && 'connection errors',
    fivexx > 0 && '5xx answers',
    !(Math.abs(growth) <= 0.2) && 'memory grew more than 20%',
  ].filter(Boolean);
  if (load.requests < LATE)
    console.log(
      `note: ${load.requests} requests in ${DURATION} s; LOADTEST_SECONDS=${Math.ceil((DURATION * LATE) / load.requests) + 10} reaches ${LATE}`,
    );
  console.log(failures.length === 0 ? 'loadtest: PASS' : `loadtest: FAIL — ${failures.join(', ')}`);
  process.exitCode = failures.length === 0 ? 0 : 1;
} finally {
  await server.stop();
}
