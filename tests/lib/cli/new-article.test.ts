import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent } from '@/lib/cli/check-content';
import { newArticle } from '@/lib/cli/new-article';
import type { Ask } from '@/lib/cli/prompt-new-article';
import { parseArticle } from '@/lib/content/parse-article';
import { FIXTURE_CONTENT } from '../../support/load-fixture-index';

// 23:30 UTC on New Year's Eve: 2026 in the fixture site's Europe/London, 2027 on the tests' Pacific/Apia clock.
const now = new Date('2026-12-31T23:30:00Z');
const context = {
  timeZone: 'Europe/London',
  authorIds: new Set(['ada', 'ben']),
  sectionSlugs: new Set(['news', 'business']),
};

let dir: string;
let shown: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'new-article-'));
  await cp(FIXTURE_CONTENT, dir, { recursive: true });
  shown = path.relative(process.cwd(), dir).split(path.sep).join('/');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const run = (argv: string[], ask?: Ask) => newArticle({ argv, contentDir: dir, now, ask });
const articleFiles = async () =>
  (await readdir(path.join(dir, 'articles'), { recursive: true })).filter((f) => f.endsWith('.md')).sort();

/** Answers prompts in order, recording the questions; undefined stands for Ctrl-D. */
function answers(...replies: (string | undefined)[]): Ask & { questions: string[] } {
  const questions: string[] = [];
  return Object.assign(
    async (question: string) => {
      questions.push(question);
      return replies.shift();
    },
    { questions },
  );
}

describe('npm run new', () => {
  it('writes a draft that the real parser and the content check accept, and prints its path', async () => {
    const report = await run(['Tram line opens', '--section', 'news', '--author', 'ada']);
    expect(report).toEqual({ exitCode: 0, output: `${shown}/articles/2026/tram-line-opens.md` });
    const text = await readFile(path.join(dir, 'articles/2026/tram-line-opens.md'), 'utf8');
    const parsed = parseArticle(report.output, text, context);
    expect(parsed.ok && parsed.parsed!.article).toMatchObject({
      slug: 'tram-line-opens',
      title: 'Tram line opens',
      date: '2026-12-31T23:30:00.000Z',
      authors: ['ada'],
      section: 'news',
      tags: [],
      draft: true,
    });
    const check = await checkContent(dir);
    expect(check.exitCode).toBe(0);
    expect(check.output).toMatch(/Content OK: 7 articles, 2 authors, 2 sections; 1 warning\.$/);
    expect(check.output).toContain('tram-line-opens.md:6  tags  expected at least one tag, found none');
  });

  it('takes --slug and --tags', async () => {
    const report = await run([
      'Trams are back',
      '--section',
      'business',
      '--author',
      'ben',
      '--slug',
      'trams-return',
      '--tags',
      'Leeds, trams',
    ]);
    expect(report.output).toBe(`${shown}/articles/2026/trams-return.md`);
    const parsed = parseArticle(
      report.output,
      await readFile(path.join(dir, 'articles/2026/trams-return.md'), 'utf8'),
      context,
    );
    expect(parsed.ok && parsed.parsed!.article.tags.map((t) => t.slug)).toEqual(['leeds', 'trams']);
  });

  it('refuses a slug used by a file in any folder or by a front-matter slug, creating nothing', async () => {
    const before = await articleFiles();
    const byName = await run(['Council budget', '--section', 'news', '--author', 'ada']);
    expect(byName).toEqual({
      exitCode: 1,
      output: `slug "council-budget" is already used by ${shown}/articles/council-budget.md; choose another with --slug\nNo article was created.`,
    });
    await mkdir(path.join(dir, 'articles/2025'));
    await writeFile(
      path.join(dir, 'articles/2025/renamed.md'),
      '---\ntitle: T\ndate: 2025-01-01\nauthor: ada\nsection: news\nslug: tram-line-opens\n---\nBody',
    );
    const bySlug = await run(['Tram line opens', '--section', 'news', '--author', 'ada']);
    expect(bySlug.exitCode).toBe(1);
    expect(bySlug.output).toContain(
      `slug "tram-line-opens" is already used by ${shown}/articles/2025/renamed.md`,
    );
    expect(await articleFiles()).toEqual([...before, '2025/renamed.md'].sort());
  });

  it('refuses an unknown section and author, listing the valid ones', async () => {
    const report = await run(['Tram line opens', '--section', 'sport', '--author', 'jsmith']);
    expect(report).toEqual({
      exitCode: 1,
      output: [
        'unknown section "sport"; expected one from content/sections.yaml: news, business',
        'unknown author "jsmith"; expected an id from content/authors/: ada, ben',
        'No article was created.',
      ].join('\n'),
    });
  });

  it('names the missing flags when it cannot prompt', async () => {
    const report = await run(['Tram line opens', '--section', 'news']);
    expect(report).toEqual({
      exitCode: 1,
      output: [
        'expected --author; prompts run only in a terminal, so a script must pass them.',
        'Usage: npm run new -- "Headline" --section <section> --author <id> [--slug <slug>] [--tags a,b] [--type <type>]',
        'Sections: news, business',
        'Authors: ada, ben',
        'No article was created.',
      ].join('\n'),
    });
    expect((await run([])).output).toMatch(/^expected "Headline" and --section and --author;/);
  });

  it('prompts in a terminal, asking again with the reason until an answer is usable', async () => {
    const ask = answers(
      '',
      'Council budget',
      'sport',
      'news',
      'ada, jsmith',
      'ben',
      'council, money',
      'council-budget-2027',
    );
    const report = await run([], ask);
    expect(report).toEqual({ exitCode: 0, output: `${shown}/articles/2026/council-budget-2027.md` });
    expect(ask.questions).toEqual([
      'Headline: ',
      'expected a headline\nHeadline: ',
      'Section (news, business): ',
      'unknown section "sport"; expected one from content/sections.yaml: news, business\nSection (news, business): ',
      'Author id (ada, ben; several with commas): ',
      'unknown author "jsmith"; expected an id from content/authors/: ada, ben\nAuthor id (ada, ben; several with commas): ',
      'Tags (optional, with commas): ',
      `slug "council-budget" is already used by ${shown}/articles/council-budget.md; choose another with --slug\nSlug: `,
    ]);
    const parsed = parseArticle(
      report.output,
      await readFile(path.join(dir, 'articles/2026/council-budget-2027.md'), 'utf8'),
      context,
    );
    expect(parsed.ok && parsed.parsed!.article).toMatchObject({
      title: 'Council budget',
      authors: ['ben'],
      tags: [{ slug: 'council' }, { slug: 'money' }],
    });
  });

  it('asks only for what the flags left out, and stops without a file on Ctrl-D', async () => {
    const ask = answers(undefined);
    const before = await articleFiles();
    expect(await run(['Tram line opens', '--author', 'ada'], ask)).toEqual({
      exitCode: 1,
      output: 'No article was created.',
    });
    expect(ask.questions).toEqual(['Section (news, business): ']);
    expect(await articleFiles()).toEqual(before);
  });

  it('runs as a script: the path on stdout and exit 0, or a non-zero exit naming the missing flag', async () => {
    const exec = promisify(execFile);
    const tsx = path.resolve('node_modules/.bin/tsx');
    const env = { ...process.env, CONTENT_DIR: dir };
    const ok = await exec(
      tsx,
      ['lib/cli/new-article.ts', 'Tram line opens', '--section', 'news', '--author', 'ada'],
      { env },
    );
    expect(ok.stdout.trim()).toMatch(/\/articles\/\d{4}\/tram-line-opens\.md$/);
    const failed = await exec(tsx, ['lib/cli/new-article.ts', 'Another story'], { env }).catch(
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed).toMatchObject({
      code: 1,
      stderr: expect.stringContaining('expected --section and --author;'),
    });
    // Two cold starts of tsx, which compiles the command's modules each time: seconds on a busy machine.
  }, 30_000);
});
