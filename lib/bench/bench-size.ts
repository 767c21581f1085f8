import { existsSync } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './bench-options';
import { CHROMIUM_PATH } from './chromium';
import { archiveFiles, type GeneratedArticle, generateArchive } from './generate-archive';
import { measureHugo } from './measure-hugo';
import { measureIndexLoad } from './measure-index-load';
import { measureNginx } from './measure-nginx';
import { generateLiveStory } from './generate-live-story';
import { measureDeskLooks, measureLivePage } from './measure-live';
import { measurePublishMedian } from './measure-publish';
import { runMixedLoad } from './mixed-load';
import { readTreeRss } from './process-tree';
import { measureProcess, type ProcessRun } from './measure-process';
import { measureSharedCache } from './measure-shared-cache';
import { measureSite } from './measure-site';
import { runLighthouse } from './run-lighthouse';
import { type RunningServer, startServer } from './start-server';
import { writeGeneratedArchive } from './write-archive';

export interface SizeResult {
  articles: number;
  /** Every figure is a positive number: times in ms, sizes in bytes, rates per second, scores 0–100. */
  figures: Record<string, number>;
  checks: Record<string, string | number | boolean>;
  samples: Record<string, number[]>;
  /** Where the archive, parse cache and logs are, and the build relative to the project (removed after the run unless --keep). */
  dirs: { content: string; parseCache: string; dist: string; logs: string };
}

// Above this size a cold in-process load parses for minutes (~5 ms an article), so it runs once, not --runs times.
const COLD_RUNS_LIMIT = 2_000;
// Above this size the cold load is the build's own (see benchSize).
const COLD_INDEX_LIMIT = 20_000;
// Above this size the build and the server are given most of the machine's memory for their heaps;
// the index is not loaded in the bench's own process (its default heap would not hold it); and the
// rebuild after one edit is not run (the size is run to see what serves, and a rebuild is the content
// step again, warm, plus `next build`).
const LARGE_HEAP_ARTICLES = 200_000;
// A build that has not finished in an hour is stopped, and the size reports what came before it.
const BUILD_LIMIT_MS = 60 * 60_000;

// The build's first step reports its time ("Content ready: … in 12.3 s.").
async function preparedMs(logFile: string): Promise<number> {
  const seconds = /Content ready: .* in ([\d.]+) s\./.exec(await readFile(logFile, 'utf8'))?.[1];
  if (seconds === undefined)
    throw new Error(`the build log ${logFile} does not say how long the content took`);
  return Number(seconds) * 1000;
}

/** Benchmarks the site at one archive size: generate, index load, build, rebuild, serve. */
export async function benchSize(
  root: string,
  articles: number,
  options: BenchOptions,
  smallest: boolean,
  log: (line: string) => void,
): Promise<SizeResult> {
  const reused = options.reuse && path.resolve(options.reuse);
  const scratch = reused || (await mkdtemp(path.join(os.tmpdir(), `newsroom-bench-${articles}-`)));
  const content = path.join(scratch, 'content');
  const dist = `.cache/bench/dist-${articles}-${process.pid}`;
  const logs = path.join(root, 'bench-results', 'logs');
  await mkdir(logs, { recursive: true });
  const figures: Record<string, number> = {};
  const checks: SizeResult['checks'] = {};
  const samples: SizeResult['samples'] = {};
  const huge = articles > LARGE_HEAP_ARTICLES;
  // The live story, Lighthouse and the two instances sharing Redis are measured once, at the smallest
  // size; never above 200,000 articles, where the live story's archive, made again whole, would not fit
  // the bench's heap.
  const extras = smallest && !huge;
  if (smallest && huge)
    log('  the live story, Lighthouse and two instances are measured only up to 200,000 articles');
  // What the size was doing, for the report when a step fails: the figures before it are kept.
  let stage = 'generating the archive';
  try {
    let started = performance.now();
    const archive = { articles: [] as GeneratedArticle[] };
    if (reused) {
      // The same seed makes the same stories: listed again, not written, the files on disk untouched
      // (their times are in the stored index's signature).
      for (const _ of archiveFiles({ articles, seed: options.seed }, archive.articles));
      checks['generate.reused'] = reused;
      log(
        `  the archive in ${reused} is reused: its ${articles} stories listed again in ${Math.round(performance.now() - started)} ms`,
      );
    } else {
      archive.articles = await writeGeneratedArchive(content, { articles, seed: options.seed });
      figures['generate.ms'] = performance.now() - started;
      log(`  generated ${articles} articles in ${Math.round(figures['generate.ms'])} ms`);
    }

    // A large archive is parsed cold once, by the build's own first step, which is timed from its log;
    // its warm loads then read the build's cache. Parsing it cold twice more would double the run.
    const large = articles > COLD_INDEX_LIMIT;
    const coldRuns = articles <= COLD_RUNS_LIMIT ? options.runs : 1;
    const recordIndex = (index: Awaited<ReturnType<typeof measureIndexLoad>>) => {
      Object.assign(figures, { 'index.coldMs': index.coldMs, 'index.warmMs': index.warmMs });
      Object.assign(samples, { 'index.coldMs': index.coldSamples, 'index.warmMs': index.warmSamples });
      log(`  index load: cold ${Math.round(index.coldMs)} ms, warm ${Math.round(index.warmMs)} ms`);
    };
    stage = 'the index loads';
    if (!large)
      recordIndex(
        await measureIndexLoad(content, path.join(root, 'public'), scratch, coldRuns, options.runs),
      );

    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: content,
      NEXT_DIST_DIR: dist,
      CONTENT_CACHE_DIR: path.join(scratch, 'parse-cache'),
      REVALIDATE_SECRET: BENCH_SECRET,
    };
    // The build's first step holds every story's parse until the index is built (~12 KB a story):
    // past V8's default heap (~4 GB here) at a few hundred thousand stories.
    const buildEnv = huge
      ? {
          ...env,
          NODE_OPTIONS:
            `${env.NODE_OPTIONS ?? ''} --max-old-space-size=${Math.floor((os.totalmem() * 0.75) / 2 ** 20)}`.trim(),
        }
      : env;
    if (huge) log(`  the build and the server run with ${buildEnv.NODE_OPTIONS}`);
    const build = (name: string) => buildSite(root, buildEnv, path.join(logs, `${articles}-${name}.log`));
    await rm(path.join(root, dist), { recursive: true, force: true });
    stage = 'the cold build';
    const cold = await build('build');
    Object.assign(figures, { 'build.wallMs': cold.wallMs, 'build.peakRssBytes': cold.peakRssBytes });
    log(
      `  next build (cold parse cache): ${(cold.wallMs / 1000).toFixed(1)} s, peak ${Math.round(cold.peakRssBytes / 2 ** 20)} MB`,
    );
    if (reused) {
      // Its first step read the stored index: the cold figures are the earlier run's.
      checks['build.warm'] = `the stored index and caches of ${reused} were reused`;
      log('  the build read the stored index of the reused archive: a warm build, not a cold one');
    } else if (huge) {
      const coldMs = await preparedMs(path.join(logs, `${articles}-build.log`));
      figures['index.coldMs'] = coldMs;
      samples['index.coldMs'] = [coldMs];
      log(`  index load: cold ${Math.round(coldMs)} ms (the build's first step)`);
      checks['index.warm.skipped'] = 'not loaded in the bench process above 200,000 articles';
    } else if (large) {
      stage = 'the warm index loads';
      const index = await measureIndexLoad(
        content,
        path.join(root, 'public'),
        scratch,
        0,
        options.runs,
        env.CONTENT_CACHE_DIR,
      );
      const coldMs = await preparedMs(path.join(logs, `${articles}-build.log`));
      recordIndex({ ...index, coldMs, coldSamples: [coldMs] });
    }

    // Before the edit below, so Hugo builds exactly the articles our cold build did.
    stage = 'Hugo';
    // Hugo took 280 s for 100,000 stories here: at a million it would take most of an hour.
    const hugo = huge
      ? { skipped: 'not run above 200,000 articles' }
      : await measureHugo(content, { articles, logFile: path.join(logs, `${articles}-hugo.log`) });
    if ('skipped' in hugo) {
      checks['hugo.skipped'] = hugo.skipped;
      log(`  hugo not measured: ${hugo.skipped}`);
    } else {
      Object.assign(figures, {
        'hugo.buildMs': hugo.wallMs,
        'hugo.pages': hugo.pages,
        'hugo.peakRssBytes': hugo.peakRssBytes,
        'build.vsHugo': cold.wallMs / hugo.wallMs,
      });
      log(
        `  hugo, the same articles: ${(hugo.wallMs / 1000).toFixed(1)} s (our build ${(cold.wallMs / hugo.wallMs).toFixed(1)}× its time)`,
      );
    }

    const edited = archive.articles[articles >> 1];
    if (!edited) throw new Error('the archive has no article to edit');
    if (huge) {
      checks['rebuild.skipped'] = 'not run above 200,000 articles';
      log('  the rebuild after one edit is not run above 200,000 articles');
    } else {
      stage = 'the rebuild';
      await appendFile(
        path.join(content, edited.path),
        '\nA correction was added to this story after publication.\n',
      );
      const rebuild = await build('rebuild');
      Object.assign(figures, {
        'rebuild.wallMs': rebuild.wallMs,
        'rebuild.peakRssBytes': rebuild.peakRssBytes,
      });
      log(
        `  next build after editing one article: ${(rebuild.wallMs / 1000).toFixed(1)} s, peak ${Math.round(rebuild.peakRssBytes / 2 ** 20)} MB`,
      );
    }

    // The oldest articles: the build prerenders only the newest, so these render on first request.
    const uncached = archive.articles.slice(0, options.runs + 1);
    checks['firstHit.prerendered'] = uncached.some((a) =>
      existsSync(path.join(root, dist, 'server/app', a.section, `${a.slug}.html`)),
    );
    stage = 'starting the server';
    const server = await startServer(
      root,
      buildEnv,
      path.join(logs, `${articles}-server.log`),
      Math.max(120_000, articles),
    );
    try {
      stage = 'serving';
      figures['server.startMs'] = server.startMs;
      const cachedArticle = archive.articles[archive.articles.length - 1] ?? edited;
      const site = await measureSite(server, {
        cachedArticle,
        uncachedArticles: uncached,
        searchQuery: 'council budget',
        connections: options.connections,
        loadSeconds: options.loadSeconds,
      });
      Object.assign(figures, site.figures);
      Object.assign(checks, site.checks);
      const nginx = await measureNginx(`${server.url}/${cachedArticle.section}/${cachedArticle.slug}`, {
        connections: options.connections,
        loadSeconds: options.loadSeconds,
      });
      if (nginx.rps !== undefined) {
        figures['nginx.article.rps'] = nginx.rps;
        figures['nginx.article.p99Ms'] = nginx.p99Ms ?? 0;
        figures['pages.article.percentOfNginx'] = (100 * (figures['pages.article.rps'] ?? 0)) / nginx.rps;
        log(
          `  nginx, the same bytes: ${Math.round(nginx.rps)} req/s; the site serves ${Math.round(figures['pages.article.percentOfNginx'] ?? 0)} % of that`,
        );
      } else {
        checks['nginx.skipped'] = nginx.skipped ?? 'not measured';
        log(`  nginx not measured: ${nginx.skipped}`);
      }
      log(
        `  served: article ${Math.round(figures['pages.article.rps'] ?? 0)} req/s, first hit ${Math.round(figures['firstHit.articleMs'] ?? 0)} ms, RSS ${Math.round((figures['server.peakRssBytes'] ?? 0) / 2 ** 20)} MB`,
      );
      // At the smallest size, a live story of 2,000 updates is published to the running server.
      if (extras) {
        // Made again whole (a smallest size is small): the story reads the authors' and newest story's files.
        const live = generateLiveStory(generateArchive({ articles, seed: options.seed }), LIVE_UPDATES);
        const liveFigures = await measureLivePage(server.url, content, live, BENCH_SECRET, options);
        Object.assign(figures, liveFigures);
        const looks = await measureDeskLooks(path.join(scratch, 'desk-looks'));
        figures['live.desk50.firstLookMs'] = looks.firstMs;
        figures['live.desk50.laterLookMs'] = looks.laterMs;
        log(
          `  50 live stories of 40 updates: first look ${Math.round(looks.firstMs)} ms, later looks ${looks.laterMs.toFixed(1)} ms; live page of ${LIVE_UPDATES} updates: first render ${Math.round(liveFigures['live.firstRenderMs'])} ms, ${Math.round(liveFigures['live.cached.rps'])} req/s, p99 ${liveFigures['live.cached.p99Ms']} ms; a new update seen ${Math.round(liveFigures['live.updateSeenMs'])} ms after its file landed`,
        );
      }
      figures['server.rssAfterMixedBytes'] = await measureRssAfterMixedLoad(
        server,
        cachedArticle,
        options.connections,
      );
      const publish = await measurePublishMedian(
        [server.url],
        content,
        cachedArticle,
        BENCH_SECRET,
        options.runs,
      );
      figures['publish.latencyMs'] = publish.medianMs;
      samples['publish.latencyMs'] = publish.samplesMs;
      log(
        `  after 20,000 mixed requests: RSS ${Math.round(figures['server.rssAfterMixedBytes'] / 2 ** 20)} MB; a new article served ${Math.round(publish.medianMs)} ms after its file landed (median of ${publish.samplesMs.map(Math.round).join(', ')} ms)`,
      );
      if (extras && options.lighthouse) {
        const home = `${server.url}/`;
        const article = `${server.url}/${cachedArticle.section}/${cachedArticle.slug}`;
        const scores = await runLighthouse([home, article], CHROMIUM_PATH, options.runs);
        for (const [name, url] of [
          ['home', home],
          ['article', article],
        ] as const) {
          const { runs, ...medians } = scores[url] ?? { runs: [] };
          for (const [category, score] of Object.entries(medians))
            figures[`lighthouse.${name}.${category}`] = score;
          const performance = runs.map((run) => run.performance).join(', ');
          log(
            `  lighthouse ${name}, median of ${runs.length}: ${JSON.stringify(medians)} (performance ${performance})`,
          );
        }
      }
    } finally {
      await server.stop();
    }
    // Two instances at every size up to 200,000: a publish must reach both within the target at 100,000.
    if (!huge) {
      stage = 'two instances sharing Redis';
      const last = archive.articles[archive.articles.length - 1] ?? edited;
      const shared = await measureSharedCache(root, env, last, {
        connections: options.connections * 2,
        loadSeconds: options.loadSeconds,
        logFile: (name) => path.join(logs, `${articles}-${name}.log`),
        publish: { contentDir: content, secret: BENCH_SECRET, runs: options.runs },
      });
      Object.assign(figures, shared.figures);
      samples['twoInstances.publish.latencyMs'] = shared.publishSamplesMs;
      log(
        `  two instances sharing Redis: ${Math.round(shared.figures['twoInstances.article.rps'])} req/s, p99 ${shared.figures['twoInstances.article.p99Ms']} ms; a new article served by both ${Math.round(shared.figures['twoInstances.publish.latencyMs'])} ms after its file landed (median of ${shared.publishSamplesMs.map(Math.round).join(', ')} ms)`,
      );
    }
  } catch (error) {
    // A size too large for this machine still reports every figure measured before the step that failed.
    const message = error instanceof Error ? error.message : String(error);
    checks['failed'] = `${stage}: ${message}`;
    log(`  stopped at ${stage}: ${message}`);
  } finally {
    if (!options.keep) {
      if (!reused) await rm(scratch, { recursive: true, force: true });
      await rm(path.join(root, dist), { recursive: true, force: true });
    }
  }
  return {
    articles,
    figures,
    checks,
    samples,
    dirs: { content, parseCache: path.join(scratch, 'parse-cache'), dist, logs },
  };
}

const LIVE_UPDATES = 2_000;

// The revalidate hook's secret for the bench's own server.
const BENCH_SECRET = 'bench-secret-only-for-this-loopback-server';
const MIXED_REQUESTS = 20_000;

// Memory after a burst of ordinary traffic: pages, lists, feeds, searches and misses.
async function measureRssAfterMixedLoad(
  server: RunningServer,
  article: GeneratedArticle,
  connections: number,
): Promise<number> {
  let rss = 0;
  const paths = [
    '/',
    `/${article.section}/${article.slug}`,
    `/${article.section}`,
    '/feed.xml',
    '/tags',
    '/search?q=council',
    '/search?q=rail+strike',
    '/no-such-page',
    `/${article.section}/page/2`,
  ];
  await runMixedLoad(server.url, {
    paths,
    connections,
    durationSeconds: 20,
    milestones: [MIXED_REQUESTS],
    onMilestone: async () => void (rss = await readTreeRss(server.pid)),
  });
  return rss || (await readTreeRss(server.pid));
}

// `npm run build`, as the README says: the content is prepared (parsed by a worker per core), then
// `next build`. Next.js rewrites tsconfig.json to include its dist folder's types; the bench's folders
// are temporary, so the file is put back.
async function buildSite(root: string, env: NodeJS.ProcessEnv, logFile: string): Promise<ProcessRun> {
  const tsconfig = path.join(root, 'tsconfig.json');
  const original = await readFile(tsconfig, 'utf8');
  try {
    const run = await measureProcess('npm', ['run', 'build', '--silent'], {
      cwd: root,
      env,
      logFile,
      timeoutMs: BUILD_LIMIT_MS,
    });
    if (run.timedOut)
      throw new Error(
        `npm run build did not finish within ${BUILD_LIMIT_MS / 60_000} minutes and was stopped; see ${logFile}`,
      );
    if (run.exitCode !== 0)
      throw new Error(
        `npm run build failed (exit ${run.exitCode}${run.exitCode === 137 ? ', killed: out of memory?' : ''}; peak RSS ${(run.peakRssBytes / 2 ** 30).toFixed(1)} GB, after ${Math.round(run.wallMs / 1000)} s); see ${logFile}`,
      );
    return run;
  } finally {
    if ((await readFile(tsconfig, 'utf8')) !== original) await writeFile(tsconfig, original);
  }
}
