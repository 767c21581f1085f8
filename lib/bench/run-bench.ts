import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions } from './bench-options';
import { benchSize, type SizeResult } from './bench-size';
import { formatBenchTable } from './format-bench-table';

export interface BenchReport {
  startedAt: string;
  machine: { cpus: number; memoryBytes: number; node: string; loadAverageAtStart: number[] };
  options: BenchOptions;
  sizes: SizeResult[];
}

/** Runs the benchmark at every size, prints the table and writes the raw figures as JSON to `outFile`. */
export async function runBench(
  root: string,
  options: BenchOptions,
  outFile: string,
  log: (line: string) => void,
): Promise<BenchReport> {
  const report: BenchReport = {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      memoryBytes: os.totalmem(),
      node: process.version,
      loadAverageAtStart: os.loadavg(),
    },
    options,
    sizes: [],
  };
  log(
    `${os.cpus().length} CPUs, load average ${os
      .loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')} at the start (other work on the machine slows every figure)`,
  );
  for (const [i, articles] of options.sizes.entries()) {
    log(`${articles.toLocaleString('en-GB')} articles`);
    report.sizes.push(await benchSize(root, articles, options, i === 0, log));
    await mkdir(path.dirname(outFile), { recursive: true });
    await writeFile(outFile, `${JSON.stringify(report, null, 2)}\n`);
  }
  log('');
  log(formatBenchTable(report.sizes));
  log('');
  log(`Raw figures: ${path.relative(root, outFile)}`);
  return report;
}
