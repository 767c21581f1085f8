import os from 'node:os';
import Tinypool from 'tinypool';
import { type ParseMany, parseAndStore } from './parse-articles';
import type { ParseTask } from './parse-worker';
import { createDiskTreeStore } from './tree-store';

// Batches amortise the message to and from a worker (a story is ~6 KB of text and ~2 KB back).
const BATCH = 64;
// A worker process costs ~1.5 s of CPU to start (tsx compiling the parser's modules, then a cold JIT):
// 1,000 articles parsed in 6.6 s with two workers and 6.3 s in this process, 10,000 in 41 s against 59 s.
const MIN_FILES_FOR_POOL = 2_000;

/**
 * Spreads a cold parse over worker processes, one per core (tinypool: a well-kept pool that Vitest
 * uses; worker threads cannot load TypeScript through tsx on Node 20, child processes can, with
 * `--import tsx`). Each worker writes its trees to the disk tree store at `treeRoot`/`parser`.
 * For the command-line tools, which run under tsx; the Next.js server parses in its own process.
 */
export function createParsePool(
  treeRoot: string,
  parser: string,
): { parseMany: ParseMany; close: () => Promise<void> } {
  let pool: Tinypool | undefined;
  const parseMany: ParseMany = async (jobs, context) => {
    // Once started, the pool takes every window (parse-articles.ts), however few files it holds.
    if (!pool && jobs.length < MIN_FILES_FOR_POOL)
      return parseAndStore(jobs, context, createDiskTreeStore(treeRoot, parser));
    pool ??= new Tinypool({
      filename: new URL('./parse-worker.ts', import.meta.url).href,
      runtime: 'child_process',
      serialization: 'advanced',
      execArgv: ['--import', 'tsx'],
      maxThreads: Math.max(1, os.availableParallelism()),
      minThreads: 1,
    });
    const running = pool;
    const batches: Promise<Awaited<ReturnType<ParseMany>>>[] = [];
    for (let i = 0; i < jobs.length; i += BATCH) {
      const task: ParseTask = { jobs: jobs.slice(i, i + BATCH), context, treeRoot, parser };
      batches.push(running.run(task));
    }
    return (await Promise.all(batches)).flat();
  };
  return { parseMany, close: async () => void (await pool?.destroy()) };
}
