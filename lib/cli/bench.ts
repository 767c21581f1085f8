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
    await runBench(root, parsed.value, path.resolve(out), (line) => console.log(line));
  }
}
