import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

export interface RunningServer {
  url: string;
  pid: number;
  /** From spawning the server to the first 200 answer for the home page. */
  startMs: number;
  stop: () => Promise<void>;
}

/**
 * Starts the production server (`npm start`: lib/server/serve.mjs, Next.js behind the microcache) for a
 * build on a free loopback port and waits for its first 200.
 */
export async function startServer(
  root: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
  /** How long to wait for the first 200; a large archive's index takes longer to read. */
  waitMs = 120_000,
): Promise<RunningServer> {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [path.join(root, 'lib/server/serve.mjs'), '-p', String(port), '-H', 'localhost'],
    {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  const log = createWriteStream(logFile);
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForOk(`${url}/`, child, waitMs);
  } catch (error) {
    await stop(child);
    throw error;
  }
  if (child.pid === undefined) throw new Error('the server has no process id');
  return { url, pid: child.pid, startMs: performance.now() - started, stop: () => stop(child) };
}

async function waitForOk(url: string, child: ChildProcess, waitMs: number): Promise<void> {
  const deadline = performance.now() + waitMs;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    const status = await fetch(url, { signal: AbortSignal.timeout(10_000) }).then(
      async (r) => (await r.arrayBuffer(), r.status),
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`the server did not answer 200 at ${url} within ${Math.round(waitMs / 1000)} s`);
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = once(child, 'exit');
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid !== undefined && process.kill(-child.pid, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** Asks the OS for a free loopback port. */
export async function freePort(): Promise<number> {
  const server = net.createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as net.AddressInfo; // listening on TCP, so the address is an object
  server.close();
  await once(server, 'close');
  return port;
}
