import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// One owner of process state (lib/state/process-state.mjs) and one direction of imports: the server
// and the cache handler both build on lib/state, never on each other.
const ROOT = path.resolve(import.meta.dirname, '../../..');

async function sourcesOf(folder: string): Promise<Array<{ file: string; text: string }>> {
  const names = await readdir(path.join(ROOT, folder), { recursive: true });
  const files = names.filter((name) => /\.(?:mjs|ts)$/.test(name)).map((name) => path.join(folder, name));
  return Promise.all(
    files.map(async (file) => ({ file, text: await readFile(path.join(ROOT, file), 'utf8') })),
  );
}

const importsOf = (text: string) =>
  [
    ...text.matchAll(
      /(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]/g,
    ),
  ].map((match) => match[1] ?? match[2] ?? '');

describe.each([
  ['lib/server', 'lib/cache'],
  ['lib/cache', 'lib/server'],
])('%s', (folder, other) => {
  it('keeps no process-wide value of its own (globalThis, Symbol.for)', async () => {
    const found = (await sourcesOf(folder))
      .filter(({ text }) => /\bglobalThis\b|\bSymbol\.for\(/.test(text.replace(/^\s*\/\/.*$/gm, '')))
      .map(({ file }) => file);
    expect(found).toEqual([]);
  });

  it(`imports nothing from ${other}`, async () => {
    const found = (await sourcesOf(folder)).flatMap(({ file, text }) =>
      importsOf(text)
        .filter((specifier) => {
          const target = specifier.startsWith('.') ? path.join(path.dirname(file), specifier) : specifier;
          return target.replace(/^@\//, '').startsWith(`${other}/`);
        })
        .map((specifier) => `${file} imports ${specifier}`),
    );
    expect(found).toEqual([]);
  });
});
