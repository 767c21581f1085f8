// `npm run start:cluster`: the production build served by two `npm start` instances on one machine,
// sharing one Redis, as several servers behind a load balancer would. Run `npm run build` first.
import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';

const SERVE = path.resolve('lib/server/serve.mjs');
const REDIS_SERVER = process.env.REDIS_SERVER_PATH ?? '/usr/bin/redis-server';
const firstPort = Number(process.env.PORT ?? 3000);
const children: ChildProcess[] = [];
let stopping = false;

function run(name: string, command: string, args: string[], env: Record<string, string> = {}): ChildProcess {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => console.log(`[${name}] ${line}`));
  }
  child.on('error', (error) => {
    console.error(`[${name}] could not start ${command}: ${error.message}`);
    stop(1);
  });
  child.on('exit', (code) => {
    if (stopping) return;
    console.error(`[${name}] exited with ${code}; stopping the others.`);
    stop(code || 1);
  });
  children.push(child);
  return child;
}

function stop(exitCode: number) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(exitCode), 1_000).unref();
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

// Without REDIS_URL, a throwaway Redis on its default port: no files written, gone when this stops.
let redisUrl = process.env.REDIS_URL;
if (!redisUrl) {
  run('redis', REDIS_SERVER, ['--port', '6379', '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
  redisUrl = 'redis://127.0.0.1:6379';
}
if (!process.env.REVALIDATE_SECRET) {
  console.log('REVALIDATE_SECRET is not set: POST /api/revalidate will refuse every request.');
}
for (const [i, name] of ['a', 'b'].entries()) {
  const port = String(firstPort + i);
  run(name, process.execPath, [SERVE, '-p', port], { REDIS_URL: redisUrl });
  console.log(`[${name}] http://localhost:${port} (cache: ${redisUrl})`);
}
