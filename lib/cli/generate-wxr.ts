import { pathToFileURL } from 'node:url';
import { generateWxr } from '../bench/generate-wxr';
import { parseCommandArgs } from './parse-command-args';

const USAGE = 'Usage: npx tsx lib/cli/generate-wxr.ts <out.xml> [--posts 10000] [--seed 1]';

/** Writes a synthetic WordPress export for measuring the importer (`npm run import -- wordpress <out.xml> --stats`). */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = parseCommandArgs(
    process.argv.slice(2),
    { posts: { type: 'string' }, seed: { type: 'string' } },
    USAGE,
  );
  const out = args.ok ? args.positionals[0] : undefined;
  const posts = Number(args.ok ? (args.values.posts ?? 10_000) : NaN);
  if (!args.ok || !out || !Number.isInteger(posts) || posts < 1) {
    console.error(args.ok ? USAGE : args.message);
    process.exitCode = 2;
  } else {
    await generateWxr(out, { posts, seed: args.values.seed ?? 1 });
    console.log(`Wrote ${posts} posts to ${out}`);
  }
}
