import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { measureProcess } from '@/lib/bench/measure-process';

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
});
