import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import type { GeneratedArticle } from './generate-archive';
import { runLoadTest } from './load-test';
import { measurePublishMedian } from './measure-publish';
import { freePort, type RunningServer, startServer } from './start-server';

export interface SharedCacheFigures {
  'twoInstances.article.rps': number;
  'twoInstances.article.p99Ms': number;
  /** From a new article's file landing to both instances serving it (the hook called on one). */
  'twoInstances.publish.latencyMs': number;
}

/**
 * Two `npm start` instances of one build sharing a throwaway Debian redis-server (REDIS_URL): the
 * article is rendered by the first and served as a cache hit by the second, then both take load at
 * once, half the connections each (a load balancer's even split). Requests/s add up; p99 is the worse.
 * Then new articles are published through the first instance until both serve them.
 */
export async function measureSharedCache(
  root: string,
  env: NodeJS.ProcessEnv,
  article: GeneratedArticle,
  options: {
    connections: number;
    loadSeconds: number;
    logFile: (name: string) => string;
    publish: { contentDir: string; secret: string; runs: number };
  },
): Promise<{ figures: SharedCacheFigures; publishSamplesMs: number[] }> {
  const articlePath = `/${article.section}/${article.slug}`;
  const port = await freePort();
  const redis = spawn(
    process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore' },
  );
  const servers: RunningServer[] = [];
  try {
    await waitForPort(port, redis);
    const shared = { ...env, REDIS_URL: `redis://127.0.0.1:${port}` };
    servers.push(await startServer(root, shared, options.logFile('instance-a')));
    servers.push(await startServer(root, shared, options.logFile('instance-b')));
    for (const server of servers) await (await fetch(`${server.url}${articlePath}`)).arrayBuffer();
    const half = Math.max(1, Math.floor(options.connections / 2));
    const results = await Promise.all(
      servers.map((server) =>
        runLoadTest(`${server.url}${articlePath}`, {
          connections: half,
          durationSeconds: options.loadSeconds,
          expectedStatus: 200,
        }),
      ),
    );
    if (results.some((r) => r.unexpected > 0))
      throw new Error('an instance behind the shared cache answered with errors');
    const { contentDir, secret, runs } = options.publish;
    const urls = servers.map((server) => server.url);
    const publish = await measurePublishMedian(urls, contentDir, article, secret, runs);
    return {
      figures: {
        'twoInstances.article.rps': results.reduce((sum, r) => sum + r.requestsPerSecond, 0),
        'twoInstances.article.p99Ms': Math.max(...results.map((r) => r.p99Ms)),
        'twoInstances.publish.latencyMs': publish.medianMs,
      },
      publishSamplesMs: publish.samplesMs,
    };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    if (redis.exitCode === null) {
      redis.kill('SIGTERM');
      await once(redis, 'exit');
    }
  }
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(
        `redis-server exited with ${child.exitCode}; install it with apt-get install redis-server`,
      );
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not listen on ${port} within 10 s`);
}
