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

/**
 * How long after a sample of a process tree the next one is taken: every 100 ms for a run's first
 * 10 s, so a short run's peak is seen, then every second. Walking /proc ten times a second took a
 * fifth of a core from a build that ran for most of an hour, and a long run's peak lasts far longer
 * than a second.
 */
export function nextSampleMs(elapsedMs: number): number {
  return elapsedMs < 10_000 ? 100 : 1_000;
}

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
  let timer: NodeJS.Timeout;
  const sample = () => {
    sampling = sampling.then(async () => {
      if (child.pid !== undefined && child.exitCode === null)
        peakRssBytes = Math.max(peakRssBytes, await readTreeRss(child.pid));
    });
    timer = setTimeout(sample, nextSampleMs(performance.now() - started));
  };
  timer = setTimeout(sample, nextSampleMs(0));
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
  clearTimeout(timer);
  clearTimeout(limit);
  await sampling;
  log.end();
  return { exitCode, wallMs, peakRssBytes, timedOut };
}
