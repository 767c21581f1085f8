import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseBenchArgs } from '../bench/bench-options';
import { runBench } from '../bench/run-bench';

// `npm run bench -- [flags]`: see lib/bench/bench-options.ts. Writes bench-results/bench-<time>.json.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const parsed = parseBenchArgs(process.argv.slice(2));
  if (!parsed.ok) {
    console.error(parsed.message);
    process.exitCode = 2;
  } else {
    const root = path.resolve(import.meta.dirname, '../..');
    const out =
      parsed.value.out ??
      path.join(root, 'bench-results', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
    const report = await runBench(root, parsed.value, path.resolve(out), (line) => console.log(line));
    // Every size is reported, but a run in which one stopped early did not measure everything.
    const failed = report.sizes.filter((size) => size.checks['failed'] !== undefined);
    for (const size of failed)
      console.error(`${size.articles.toLocaleString('en-GB')} articles stopped at ${size.checks['failed']}`);
    if (failed.length > 0) process.exitCode = 1;
  }
}
