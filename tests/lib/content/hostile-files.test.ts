import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadContentIndex } from '@/lib/content/load-content-index';
import type { ContentProblem } from '@/lib/content/problem';

const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures');

/** Every hostile or broken file, with the problem it must be refused with. */
const EXPECTED: Record<string, Pick<ContentProblem, 'code' | 'field'>> = {
  'engine-js.md': { code: 'front-matter-engine', field: 'front-matter' },
  'engine-javascript.md': { code: 'front-matter-engine', field: 'front-matter' },
  'engine-coffee.md': { code: 'front-matter-engine', field: 'front-matter' },
  'engine-js-spaced.md': { code: 'front-matter-engine', field: 'front-matter' },
  'alias-bomb.md': { code: 'yaml-syntax', field: 'front-matter' },
  'deep-nesting.md': { code: 'yaml-syntax', field: 'front-matter' },
  'proto-pollution.md': { code: 'unknown-field', field: '__proto__' },
  'unclosed-fence.md': { code: 'front-matter-unclosed', field: 'front-matter' },
  'no-front-matter.md': { code: 'front-matter-missing', field: 'front-matter' },
  'long-title.md': { code: 'invalid-field', field: 'title' },
  'unsafe-slug.md': { code: 'unsafe-slug', field: 'slug' },
  'tab-indented-yaml.md': { code: 'yaml-syntax', field: 'front-matter' },
  'impossible-date.md': { code: 'invalid-date', field: 'date' },
  'javascript-image.md': { code: 'invalid-field', field: 'image' },
  'data-url-image.md': { code: 'invalid-field', field: 'body' },
  'remote-html-image.md': { code: 'remote-image', field: 'body' },
  'empty-body.md': { code: 'empty-body', field: 'body' },
  'nested-quotes.md': { code: 'too-complex', field: 'body' },
  'huge-file.md': { code: 'file-too-large', field: 'file' },
  'malformed-utf8.md': { code: 'invalid-encoding', field: 'file' },
};

let dir: string;
let problems: ContentProblem[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'hostile-'));
  await cp(path.join(FIXTURES, 'hostile-content'), dir, { recursive: true });
  await cp(path.join(FIXTURES, 'hostile-files'), path.join(dir, 'articles/broken'), { recursive: true });
  // Files too big or too broken to keep in the repository are made here.
  await writeFile(
    path.join(dir, 'articles/broken/huge-file.md'),
    `---\ntitle: Huge\ndate: 2026-11-01\nauthor: ada\nsection: news\n---\n${'All work and no play. '.repeat(400_000)}`,
  );
  await writeFile(
    path.join(dir, 'articles/broken/malformed-utf8.md'),
    Buffer.concat([
      Buffer.from('---\ntitle: Bytes\ndate: 2026-11-01\nauthor: ada\nsection: news\n---\nGood, then '),
      Buffer.from([0xff, 0xfe, 0xc3]),
      Buffer.from(' bad.\n'),
    ]),
  );
  // Valid files with a byte-order mark, CRLF line endings and tab-indented body text parse normally.
  await writeFile(
    path.join(dir, 'articles/bom-crlf.md'),
    '\uFEFF---\r\ntitle: "Windows file"\r\ndate: 2026-11-03\r\nauthor: ada\r\nsection: news\r\n---\r\n\tIndented code, a tab.\r\n\r\nA paragraph.\r\n',
  );
  const loaded = await loadContentIndex(dir, { publicDir: path.resolve('public') });
  problems = loaded.result.ok ? [] : loaded.result.problems;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it('covers every file in the hostile fixture folder', async () => {
  const files = await readdir(path.join(FIXTURES, 'hostile-files'));
  for (const file of files) expect(EXPECTED, file).toHaveProperty([file]);
});

it.each(Object.entries(EXPECTED))(
  'refuses %s, naming the file, the field and what was expected',
  (file, expected) => {
    const found = problems.filter((p) => p.file.endsWith(`/broken/${file}`));
    expect(
      found.length,
      `problems for ${file}: ${JSON.stringify(problems.map((p) => p.file))}`,
    ).toBeGreaterThan(0);
    expect(found[0]).toMatchObject(expected);
    expect(found[0]!.message).toMatch(/expected/);
  },
);

it('never executes front matter or pollutes prototypes while reading them', () => {
  expect((globalThis as { __pwned?: unknown }).__pwned).toBeUndefined();
  expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  expect((Object.prototype as { polluted?: unknown }).polluted).toBeUndefined();
});

it('reports nothing against the valid files next to the broken ones, including BOM and CRLF', () => {
  expect(problems.filter((p) => !p.file.includes('/broken/'))).toEqual([]);
});
