import { mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseBenchArgs } from '@/lib/bench/bench-options';
import { benchSize } from '@/lib/bench/bench-size';

let root = '';
afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true });
});

// A project whose build cannot run: npm finds no package.json, so `npm run build` fails. The
// generated stories' photos are the project's.
async function brokenProject(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-size-'));
  await writeFile(path.join(dir, 'tsconfig.json'), '{}\n');
  await symlink(path.resolve('public'), path.join(dir, 'public'));
  return dir;
}

// One size of 20 stories in `root`, with these flags beside the usual ones.
async function benchTwenty(flags: string[]) {
  const parsed = parseBenchArgs(['--sizes', '20', '--runs', '1', '--no-lighthouse', ...flags]);
  if (!parsed.ok) throw new Error(parsed.message);
  const lines: string[] = [];
  const result = await benchSize(root, 20, parsed.value, true, (line) => lines.push(line));
  return { result, lines };
}

describe('benchSize', () => {
  it(
    'reports the figures measured before a step that failed, and names that step',
    { timeout: 60_000 },
    async () => {
      root = await brokenProject();
      const { result, lines } = await benchTwenty([]);

      expect(result.figures['generate.ms']).toBeGreaterThan(0);
      expect(result.figures['index.coldMs']).toBeGreaterThan(0);
      expect(result.figures['build.wallMs']).toBeUndefined();
      expect(result.checks['failed']).toMatch(/^the cold build: npm run build failed \(exit [1-9]\d*[;,]/);
      expect(lines.at(-1)).toMatch(/^ {2}stopped at the cold build: npm run build failed/);
    },
  );

  it(
    'serves a kept folder again without writing its archive, and leaves it in place',
    { timeout: 60_000 },
    async () => {
      root = await brokenProject();
      // A kept folder whose one story file is not what the generator would write: reuse must not touch it.
      const kept = path.join(root, 'kept');
      const marker = path.join(kept, 'content', 'articles', 'kept.md');
      await mkdir(path.dirname(marker), { recursive: true });
      await writeFile(marker, 'kept\n');
      const { result, lines } = await benchTwenty(['--reuse', kept]);

      expect(result.figures['generate.ms']).toBeUndefined();
      expect(result.checks['generate.reused']).toBe(kept);
      expect(result.dirs.content).toBe(path.join(kept, 'content'));
      expect(lines[0]).toMatch(/reused: its 20 stories listed again/);
      // Its one file is no story, so the index load that comes first says so.
      expect(result.checks['failed']).toMatch(/^the index loads: /);
      expect(await readFile(marker, 'utf8')).toBe('kept\n');
      expect(await readdir(path.join(kept, 'content', 'articles'))).toEqual(['kept.md']);
    },
  );
});
