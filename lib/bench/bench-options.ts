export interface BenchOptions {
  /** Archive sizes, smallest first. */
  sizes: number[];
  /** Runs of each in-process and first-hit measure; their median is reported. */
  runs: number;
  lighthouse: boolean;
  /** Seconds of load on each page. */
  loadSeconds: number;
  connections: number;
  seed: string;
  /** Keep the generated archives and builds for inspection. */
  keep: boolean;
  /** Where the JSON goes; bench-results/bench-<time>.json by default. */
  out?: string;
  /**
   * The folder of an earlier run of the one size asked for, kept with --keep (its archive and its
   * caches), served again instead of generated: a million stories take most of an hour to parse.
   */
  reuse?: string;
}

const USAGE = `npm run bench -- [--sizes 1000,10000] [--full] [--runs 3] [--no-lighthouse] [--load-seconds 5] [--connections 32] [--seed 1] [--keep] [--reuse <folder>] [--out file.json]`;

/**
 * Reads the benchmark's command-line flags; unknown flags and bad values are errors, with the usage.
 * @example parseBenchArgs(['--sizes', '250,1000', '--full']).sizes // [250, 1000, 100000]
 */
export function parseBenchArgs(
  argv: readonly string[],
): { ok: true; value: BenchOptions } | { ok: false; message: string } {
  const options: BenchOptions = {
    sizes: [1_000, 10_000],
    runs: 3,
    lighthouse: true,
    loadSeconds: 5,
    connections: 32,
    seed: '1',
    keep: false,
  };
  let full = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => argv[++i] ?? '';
    const positive = (text: string) => (/^\d+$/.test(text) && Number(text) > 0 ? Number(text) : undefined);
    if (flag === '--full') full = true;
    else if (flag === '--lighthouse') options.lighthouse = true;
    else if (flag === '--no-lighthouse') options.lighthouse = false;
    else if (flag === '--keep') options.keep = true;
    else if (flag === '--seed') options.seed = value();
    else if (flag === '--out') options.out = value();
    else if (flag === '--reuse') options.reuse = value();
    else if (flag === '--sizes') {
      const text = value();
      const sizes = text.split(',').map((s) => positive(s.replace(/_/g, '')));
      if (sizes.length === 0 || sizes.some((s) => s === undefined))
        return {
          ok: false,
          message: `expected --sizes as positive numbers separated by commas, found "${text}"\n${USAGE}`,
        };
      options.sizes = sizes as number[]; // every entry was checked above
    } else if (flag === '--runs' || flag === '--load-seconds' || flag === '--connections') {
      const text = value();
      const n = positive(text);
      if (n === undefined)
        return {
          ok: false,
          message: `expected ${flag} as a positive whole number, found "${text}"\n${USAGE}`,
        };
      if (flag === '--runs') options.runs = n;
      else if (flag === '--load-seconds') options.loadSeconds = n;
      else options.connections = n;
    } else return { ok: false, message: `unknown flag "${flag}"\n${USAGE}` };
  }
  if (full) options.sizes.push(100_000);
  options.sizes = [...new Set(options.sizes)].sort((a, b) => a - b);
  if (options.reuse !== undefined && (options.reuse === '' || options.sizes.length !== 1))
    return {
      ok: false,
      message: `expected --reuse with a folder and exactly one size in --sizes, found "${options.reuse}" and ${options.sizes.length} sizes\n${USAGE}`,
    };
  return { ok: true, value: options };
}
