import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkContent } from '@/lib/cli/check-content';
import { FIXTURE_CONTENT } from '../../support/load-fixture-index';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'content-'));
  await cp(FIXTURE_CONTENT, dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));
// Each test's folder is new: nothing is worth keeping in the project's parse cache.
const NO_CACHE = { cacheDir: undefined };

it('passes the fixture content with a count', async () => {
  const report = await checkContent(dir, NO_CACHE);
  expect(report).toEqual({ exitCode: 0, output: 'Content OK: 6 articles, 2 authors, 2 sections.' });
});

it('lists every bad file at once with file, line, field and a summary, and exits non-zero', async () => {
  await writeFile(
    path.join(dir, 'articles/bad-date.md'),
    '---\ntitle: T\ndate: next Tuesday\nauthor: ada\nsection: news\n---\nBody',
  );
  await writeFile(
    path.join(dir, 'articles/bad-author.md'),
    '---\ntitle: T\ndate: 2026-01-01\nauthor: jsmith\nsection: news\n---\nBody',
  );
  await writeFile(path.join(dir, 'articles/notes.txt'), 'not an article');
  const { exitCode, output } = await checkContent(dir, NO_CACHE);
  expect(exitCode).toBe(1);
  const lines = output.split('\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(
    /^warning: .*articles\/notes\.txt {2}file {2}expected a Markdown file \(\.md\); this file is ignored {2}\[not-markdown\]$/,
  );
  expect(lines[1]).toMatch(
    /articles\/bad-author\.md:4 {2}author {2}expected an id from content\/authors\/ \(ada, ben\), found "jsmith" {2}\[unknown-author\]$/,
  );
  expect(lines[2]).toMatch(
    /articles\/bad-date\.md:3 {2}date {2}expected an ISO 8601 date .*found "next Tuesday" {2}\[invalid-date\]$/,
  );
  expect(lines[3]).toBe('2 problems in 2 files; 1 warning. Fix them and run `npm run check:content` again.');
});

it('prints warnings with their line and counts them, but still exits 0 when nothing is wrong', async () => {
  await writeFile(
    path.join(dir, 'articles/untagged.md'),
    `---\ntitle: ${'Long headline '.repeat(9).trim()}\ndate: 2026-01-01\nauthor: ada\nsection: news\n---\nBody`,
  );
  await writeFile(
    path.join(dir, 'articles/typo.md'),
    '---\ntitle: T\ndate: 2026-01-01\nauthor: ada\nsection: news\ntags: [liverpol]\n---\nBody',
  );
  const { exitCode, output } = await checkContent(dir, NO_CACHE);
  expect(exitCode).toBe(0);
  const lines = output.split('\n');
  expect(lines).toHaveLength(4);
  expect(lines[0]).toMatch(
    /^warning: .*articles\/typo\.md:6 {2}tags {2}tag "liverpol" is used by no other article and looks like a typo of "liverpool" \(used by 4\); expected "liverpool" unless this is a new tag {2}\[tag-typo\]$/,
  );
  expect(lines[1]).toMatch(
    /^warning: .*articles\/untagged\.md {2}tags {2}expected at least one tag, found none; .* {2}\[no-tags\]$/,
  );
  expect(lines[2]).toMatch(
    /^warning: .*articles\/untagged\.md:2 {2}title {2}title is 125 characters; search engines show about 110, so shorten it {2}\[title-too-long\]$/,
  );
  expect(lines[3]).toBe('Content OK: 8 articles, 2 authors, 2 sections; 3 warnings.');
});

it('reports a lead image whose file is missing', async () => {
  await writeFile(
    path.join(dir, 'articles/pictured.md'),
    '---\ntitle: T\ndate: 2026-01-01\nauthor: ada\nsection: news\nimage: /images/nowhere.jpg\nimageAlt: A view\n---\nBody',
  );
  const { exitCode, output } = await checkContent(dir, NO_CACHE);
  expect(exitCode).toBe(1);
  expect(output).toContain(
    'image  expected an image file at public/images/nowhere.jpg, found none (or not a readable image)  [missing-image]',
  );
});

it('reports every problem of every stage in one run, sorted by file and line', async () => {
  // Four mistakes that once took three runs: front matter, a body image, a link and an old permalink.
  await writeFile(
    path.join(dir, 'articles/four-mistakes.md'),
    [
      '---',
      'title: T',
      'date: 2025-02-30',
      'author: ada',
      'section: news',
      '---',
      'Body with ![a chart](/images/nowhere.png).',
      '',
      'A link to [a draft](/news/draft-story) and [an old permalink](/2021/05/06/slug/).',
    ].join('\n'),
  );
  await writeFile(
    path.join(dir, 'articles/another.md'),
    '---\ntitle: T\ndate: 2026-01-01\nauthor: ada\nsection: news\n---\n<img src="https://cdn.example/x.jpg" alt="x">',
  );
  const { exitCode, output } = await checkContent(dir, NO_CACHE);
  expect(exitCode).toBe(1);
  const codes = output.split('\n').map((line) => /^(\S+?)(?::(\d+))?\s.*\[([\w-]+)\]$/.exec(line)?.slice(1));
  expect(codes.filter(Boolean).map((c) => [c![0]!.split('/').pop(), c![1], c![2]])).toEqual([
    ['another.md', '7', 'remote-image'],
    ['four-mistakes.md', '3', 'invalid-date'],
    ['four-mistakes.md', '7', 'missing-image'],
    ['four-mistakes.md', '9', 'broken-internal-link'],
    ['four-mistakes.md', '9', 'broken-internal-link'],
  ]);
  expect(output).toContain('February 2025 has 28 days');
});

it('reports live updates with the rest: a folder with no live story, an unknown author, a time in the future', async () => {
  await writeFile(
    path.join(dir, 'articles/storm.md'),
    '---\ntitle: Storm live\ndate: 2026-01-01T08:00\nauthor: ada\nsection: news\ntags: [weather]\ntype: live\n---\nThe storm.',
  );
  await mkdir(path.join(dir, 'live/storm'), { recursive: true });
  await mkdir(path.join(dir, 'live/council-budget'), { recursive: true });
  await writeFile(
    path.join(dir, 'live/storm/a.md'),
    '---\ntime: 2026-01-01T09:00\nauthor: zed\n---\n\nText.',
  );
  await writeFile(path.join(dir, 'live/storm/b.md'), '---\ntime: 2999-01-01T09:00\n---\n\nText.');
  await writeFile(path.join(dir, 'live/council-budget/a.md'), '---\ntime: 2026-01-01T09:00\n---\n\nText.');
  const { exitCode, output } = await checkContent(dir, NO_CACHE);
  expect(exitCode).toBe(1);
  const lines = output.split('\n');
  expect(lines[0]).toMatch(
    /live\/council-budget\/ {2}folder {2}expected .*articles\/council-budget\.md to be a live story .*\[not-live\]$/,
  );
  expect(lines[1]).toMatch(
    /live\/storm\/a\.md:3 {2}author {2}expected an id from content\/authors\/ \(ada, ben\), found "zed" {2}\[unknown-author\]$/,
  );
  expect(lines[2]).toMatch(
    /live\/storm\/b\.md:2 {2}time {2}expected a time no later than now .*\[update-in-future\]$/,
  );
  expect(lines[3]).toBe('3 problems in 3 files. Fix them and run `npm run check:content` again.');
});

it('warns of an invisible character in a live update, and still passes', async () => {
  await writeFile(
    path.join(dir, 'articles/storm.md'),
    '---\ntitle: Storm live\ndate: 2026-01-01T08:00\nauthor: ada\nsection: news\ntags: [weather]\ntype: live\n---\nThe storm.',
  );
  await mkdir(path.join(dir, 'live/storm'), { recursive: true });
  await writeFile(
    path.join(dir, 'live/storm/a.md'),
    '---\ntime: 2026-01-01T09:00\n---\n\nRoads\u202e closed.',
  );
  const { exitCode, output } = await checkContent(dir, NO_CACHE);
  expect(exitCode).toBe(0);
  expect(output).toMatch(
    /^warning: .*live\/storm\/a\.md:5 {2}file {2}found U\+202E.*\[invisible-character\]$/m,
  );
  expect(output).toMatch(/Content OK: .*1 warning/);
});

it('checks the links in a correction’s text, naming the note, and lets a later note link to a later story', async () => {
  await writeFile(
    path.join(dir, 'articles/corrected.md'),
    [
      '---',
      'title: Corrected',
      'date: 2026-11-01',
      'author: ada',
      'section: news',
      'corrections:',
      '  - date: 2026-11-20',
      '    text: "See [the follow-up](/business/car-plant-liverpool) and [this](/news/nowhere)."',
      '---',
      'Body',
    ].join('\n'),
  );
  const { exitCode, output } = await checkContent(dir, NO_CACHE);
  expect(exitCode).toBe(1);
  expect(output).toMatch(
    /^.*articles\/corrected\.md:6 {2}corrections\[0\]\.text {2}expected a link to a page of this site, found "\/news\/nowhere" .*\[broken-internal-link\]$/m,
  );
  expect(output).toMatch(/^1 problem in 1 file/m);
  expect(output).not.toContain('/business/car-plant-liverpool');
});

it('warns of each transparency page without its file', async () => {
  await rm(path.join(dir, 'pages/ethics-policy.md'));
  const { exitCode, output } = await checkContent(dir, NO_CACHE);
  expect(exitCode).toBe(0);
  expect(output).toMatch(
    /^warning: content\/pages\/ethics-policy\.md {2}file {2}expected the ethics policy page that readers and search engines look for .*\[missing-page\]$/m,
  );
  expect(output).toMatch(/Content OK: .*1 warning/);
});
