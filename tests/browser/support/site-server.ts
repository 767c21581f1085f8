import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '@/lib/bench/start-server';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const NEXT = path.join(ROOT, 'node_modules/next/dist/bin/next');
const SERVE = path.join(ROOT, 'lib/server/serve.mjs');
const LOGS = path.join(ROOT, 'tests/.tmp');

export interface SiteServer {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Runs `npm run build` for the production server, failing with the build log's tail. A build into
 * another NEXT_DIST_DIR adds that folder to tsconfig.json's `include`; the file is put back after.
 */
export async function buildSite(env: Record<string, string> = {}, name = 'build'): Promise<void> {
  const restore = await keepTsconfig();
  try {
    await runBuild(env, name);
  } finally {
    await restore();
  }
}

/** Saves tsconfig.json as it is; the returned function puts it back if `next` rewrote it. */
export async function keepTsconfig(): Promise<() => Promise<void>> {
  const tsconfig = path.join(ROOT, 'tsconfig.json');
  const original = await readFile(tsconfig, 'utf8');
  return async () => {
    if ((await readFile(tsconfig, 'utf8')) !== original) await writeFile(tsconfig, original);
  };
}

async function runBuild(env: Record<string, string>, name: string): Promise<void> {
  await mkdir(LOGS, { recursive: true });
  const log = path.join(LOGS, `${name}.log`);
  // `npm run build`, as the README says: the content is prepared first, then `next build`.
  const child = spawn('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const out = createWriteStream(log);
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0)
    throw new Error(
      `npm run build failed (exit ${code}); see ${log}:\n${(await readFile(log, 'utf8')).slice(-4000)}`,
    );
}

/**
 * Starts the production server (`npm start`: lib/server/serve.mjs, Next.js behind the microcache), or
 * `next dev`, on a free loopback port and waits until it answers.
 */
export async function startSite(
  env: Record<string, string> = {},
  name = 'server',
  command: 'start' | 'dev' = 'start',
): Promise<SiteServer> {
  const port = await freePort();
  await mkdir(LOGS, { recursive: true });
  const out = createWriteStream(path.join(LOGS, `${name}.log`));
  // By name, on loopback: bound to 127.0.0.1 by IP, Next.js 16 proxies its own rewrites (see proxy.ts).
  const args = ['-p', String(port), '-H', 'localhost'];
  const child = spawn(process.execPath, command === 'start' ? [SERVE, ...args] : [NEXT, 'dev', ...args], {
    cwd: ROOT,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout?.pipe(out);
  child.stderr?.pipe(out);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child);
  return { url, stop: () => stop(child) };
}

async function waitUntilUp(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 180_000; // `next dev` compiles the first page on request
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    try {
      const response = await fetch(`${url}/`, { signal: AbortSignal.timeout(60_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop(child);
  throw new Error(`next did not answer at ${url} within 180 s`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = once(child, 'exit');
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}
