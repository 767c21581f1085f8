import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '@/lib/bench/generate-archive';
import { writeArchive } from '@/lib/bench/write-archive';
import { breakingNewsChanged, currentBreakingNews } from '@/lib/content/breaking-news';
import { type LoadedIndex, loadContentIndex } from '@/lib/content/load-content-index';
import { showPath } from '@/lib/content/file-stamps';

const archive = generateArchive({ articles: 6, seed: 3 });
const story = archive.articles[2]!;
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function contentWith(breaking?: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'breaking-'));
  dirs.push(dir);
  await writeArchive(dir, archive.files);
  if (breaking !== undefined) await writeFile(path.join(dir, 'breaking.yaml'), breaking);
  return dir;
}

const load = (dir: string, previous?: LoadedIndex) =>
  loadContentIndex(dir, { publicDir: path.resolve('public'), snapshot: false, previous });

function problemsOf(loaded: LoadedIndex) {
  return loaded.result.ok ? [] : loaded.result.problems.map(({ field, line, code, message }) => ({ field, line, code, message }));
}

describe('content/breaking.yaml', () => {
  it('is optional', async () => {
    const loaded = await load(await contentWith());
    expect(loaded.result.ok && loaded.result.value.breaking).toBeUndefined();
  });

  it('reads the text, the link and the expiry, in the site time zone', async () => {
    const dir = await contentWith(
      `text: Storm closes Pennine roads\nlink: /${story.section}/${story.slug}\nexpires: 2026-07-01T18:00\n`,
    );
    const loaded = await load(dir);
    if (!loaded.result.ok) throw new Error(JSON.stringify(loaded.result.problems));
    expect(loaded.result.value.breaking).toEqual({
      text: 'Storm closes Pennine roads',
      link: `/${story.section}/${story.slug}`,
      // 18:00 in London in July is 17:00 UTC.
      expires: '2026-07-01T17:00:00.000Z',
      file: showPath(path.join(dir, 'breaking.yaml')),
      linkLine: 2,
    });
  });

  it('reports every problem in the file with its line and field', async () => {
    const dir = await contentWith('text: ""\nlink: https://elsewhere.example/\nexpires: 2026-02-30T18:00\ncolour: red\n');
    const problems = problemsOf(await load(dir));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'text', line: 1, message: expect.stringContaining('expected non-empty text') }),
        expect.objectContaining({ field: 'link', line: 2, message: expect.stringContaining('expected a path on this site') }),
        expect.objectContaining({ line: 4, message: expect.stringContaining('colour') }),
      ]),
    );
  });

  it('says what is wrong with the expiry', async () => {
    const dir = await contentWith(`text: Storm\nlink: /${story.section}/${story.slug}\nexpires: 2026-02-30T18:00\n`);
    expect(problemsOf(await load(dir))).toEqual([
      {
        field: 'expires',
        line: 3,
        code: 'invalid-date',
        message: 'expected a real date, found "2026-02-30T18:00": February 2026 has 28 days',
      },
    ]);
  });

  it('refuses a link to a page that does not exist', async () => {
    const dir = await contentWith(`text: Storm\nexpires: 2026-07-01T18:00\nlink: /${story.section}/no-such-story\n`);
    expect(problemsOf(await load(dir))).toEqual([
      {
        field: 'link',
        line: 3,
        code: 'broken-internal-link',
        message: `expected a link to a page of this site, found "/${story.section}/no-such-story" (no article has the slug "no-such-story")`,
      },
    ]);
  });

  it('is read again with an ordinary publish, without reading every article again', async () => {
    const dir = await contentWith(`text: Storm\nlink: /${story.section}/${story.slug}\nexpires: 2026-07-01T18:00\n`);
    const first = await loadContentIndex(dir, { publicDir: path.resolve('public') });
    await writeFile(path.join(dir, 'breaking.yaml'), `text: Storm passes\nlink: /\nexpires: 2026-07-02T08:00\n`);
    const next = await loadContentIndex(dir, { publicDir: path.resolve('public'), previous: first });
    expect(next.stats.mode).toBe('changes');
    expect(next.result.ok && next.result.value.breaking?.text).toBe('Storm passes');
    await rm(path.join(dir, 'breaking.yaml'));
    const gone = await loadContentIndex(dir, { publicDir: path.resolve('public'), previous: next });
    expect(gone.stats.mode).toBe('changes');
    expect(gone.result.ok && gone.result.value.breaking).toBeUndefined();
  });
});

describe('currentBreakingNews and breakingNewsChanged', () => {
  const banner = { text: 'Storm', link: '/', expires: '2026-07-01T17:00:00.000Z', file: 'content/breaking.yaml' };

  it('shows the banner until it expires, then never', () => {
    expect(currentBreakingNews(banner, new Date('2026-07-01T16:59:59.999Z'))).toBe(banner);
    expect(currentBreakingNews(banner, new Date('2026-07-01T17:00:00.000Z'))).toBeUndefined();
    expect(currentBreakingNews(undefined, new Date())).toBeUndefined();
  });

  it('sees a new, edited or withdrawn banner, not a moved file', () => {
    expect(breakingNewsChanged(undefined, banner)).toBe(true);
    expect(breakingNewsChanged(banner, { ...banner, text: 'Storm passes' })).toBe(true);
    expect(breakingNewsChanged(banner, undefined)).toBe(true);
    expect(breakingNewsChanged(banner, { ...banner, linkLine: 9 })).toBe(false);
    expect(breakingNewsChanged(undefined, undefined)).toBe(false);
  });
});
