import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { readTreeRss } from './process-tree';

export interface ProcessRun {
  exitCode: number | null;
  wallMs: number;
  /** The highest total resident memory of the process tree seen while it ran. */
  peakRssBytes: number;
  /** True when the run was stopped at `timeoutMs`. */
  timedOut: boolean;
}

const SAMPLE_MS = 100;

/**
 * Runs a command to its end, timing it and sampling its process tree's memory; output goes to `logFile`.
 * With `timeoutMs`, the whole tree (a build's workers too) is killed at that time.
 */
export async function measureProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs?: number },
): Promise<ProcessRun> {
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so a time limit stops every process it started.
    detached: options.timeoutMs !== undefined,
  });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let peakRssBytes = 0;
  let sampling = Promise.resolve();
  const timer = setInterval(() => {
    sampling = sampling.then(async () => {
      if (child.pid !== undefined && child.exitCode === null)
        peakRssBytes = Math.max(peakRssBytes, await readTreeRss(child.pid));
    });
  }, SAMPLE_MS);
  let timedOut = false;
  const limit =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        }, options.timeoutMs);
  const [exitCode] = (await once(child, 'exit')) as [number | null];
  const wallMs = performance.now() - started;
  clearInterval(timer);
  clearTimeout(limit);
  await sampling;
  log.end();
  return { exitCode, wallMs, peakRssBytes, timedOut };
}
