import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureProcess, nextSampleMs } from '@/lib/bench/measure-process';

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('measureProcess', () => {
  it('runs a command to its end and keeps its output', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'measure-process-'));
    const logFile = path.join(dir, 'log');
    const run = await measureProcess(process.execPath, ['-e', 'console.log("done")'], {
      cwd: dir,
      env: process.env,
      logFile,
    });
    expect(run).toMatchObject({ exitCode: 0, timedOut: false });
    expect(await readFile(logFile, 'utf8')).toBe('done\n');
  });

  it('stops the whole process tree at its time limit, a grandchild too', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'measure-process-'));
    const logFile = path.join(dir, 'log');
    // A child that starts a grandchild, prints its pid, and never ends: as a build and its workers.
    const script = `const { spawn } = require('node:child_process');
      const worker = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
      console.log(worker.pid); setInterval(() => {}, 1000);`;
    const run = await measureProcess(process.execPath, ['-e', script], {
      cwd: dir,
      env: process.env,
      logFile,
      timeoutMs: 1_000,
    });
    expect(run.timedOut).toBe(true);
    expect(run.wallMs).toBeGreaterThanOrEqual(1_000);
    const grandchild = Number((await readFile(logFile, 'utf8')).trim());
    expect(grandchild).toBeGreaterThan(0);
    await expect.poll(() => alive(grandchild), { timeout: 5_000 }).toBe(false);
  });

  it('sees the peak memory of a run that lasts under a second', async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'measure-process-'));
    // 300 MB held for 600 ms, then let go.
    const script = `const held = Buffer.alloc(300 * 1024 * 1024, 1); setTimeout(() => console.log(held[0]), 600);`;
    const run = await measureProcess(process.execPath, ['-e', script], {
      cwd: dir,
      env: process.env,
      logFile: path.join(dir, 'log'),
    });
    expect(run.exitCode).toBe(0);
    expect(run.peakRssBytes).toBeGreaterThan(300 * 1024 * 1024);
  });

  it('samples ten times a second for the first 10 s, then once a second', () => {
    expect([0, 5_000, 9_999].map(nextSampleMs)).toEqual([100, 100, 100]);
    expect([10_000, 3_600_000].map(nextSampleMs)).toEqual([1_000, 1_000]);
  });
});
