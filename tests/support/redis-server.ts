import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import net from 'node:net';
import { freePort } from '@/lib/bench/start-server';

const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';

export interface RedisServer {
  url: string;
  port: number;
  /** Stops the server; its data is gone (no persistence). */
  stop: () => Promise<void>;
  /** Starts it again on the same port, empty. */
  start: () => Promise<void>;
  /** Freezes or thaws the process (SIGSTOP / SIGCONT): connected, but answering nothing. */
  freeze: (frozen: boolean) => void;
}

/** Runs Debian's redis-server on a free loopback port, without persistence, until stop(). */
export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;

  async function start() {
    const args = ['--save', '', '--appendonly', 'no', '--port', String(port), '--bind', '127.0.0.1'];
    const started = spawn(REDIS_SERVER, args, { stdio: 'ignore' });
    child = started;
    await waitForPort(port, started);
  }

  async function stop() {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = once(running, 'exit');
    running.kill('SIGCONT');
    running.kill('SIGTERM');
    await exited;
  }

  await start();
  const freeze = (frozen: boolean) => child?.kill(frozen ? 'SIGSTOP' : 'SIGCONT');
  return { url: `redis://127.0.0.1:${port}`, port, stop, start, freeze };
}

async function waitForPort(port: number, child: ChildProcess): Promise<void> {
  let failure: Error | undefined;
  child.on('error', (error) => (failure = error));
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (failure || child.exitCode !== null) {
      throw new Error(
        `${REDIS_SERVER} could not run (${failure?.message ?? `exit ${child.exitCode}`}). Install it with \`apt-get install -y redis-server\` (bash .ci/run does), or point REDIS_SERVER_PATH at one.`,
      );
    }
    const connected = await new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.destroy();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (connected) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`redis-server did not listen on port ${port} within 10 s`);
}
