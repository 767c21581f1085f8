import { execFileSync } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { checkContent } from '@/lib/cli/check-content';
import { FIXTURE_CONTENT } from '../../support/load-fixture-index';

// A newsroom's repository in miniature: the fixture content, committed, then edited.
let repo = '';
let content = '';
const git = (...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], {
    cwd: repo,
    encoding: 'utf8',
  });
beforeEach(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'newsroom-git-'));
  content = path.join(repo, 'content');
  await cp(FIXTURE_CONTENT, content, { recursive: true });
  await edit(
    'articles/council-budget.md',
    (text) => `${text.trimEnd()} It will spend £12.5 million on roads.\n`,
  );
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'Sample content');
});
afterEach(() => rm(repo, { recursive: true, force: true }));
const NO_CACHE = { cacheDir: undefined };

async function edit(file: string, change: (text: string) => string) {
  const full = path.join(content, file);
  await writeFile(full, change(await readFile(full, 'utf8')));
}

it('warns of a published story whose figure changed since the ref without a note, and passes once it has one', async () => {
  await edit('articles/council-budget.md', (text) => text.replace('£12.5 million', '£13 million'));
  const warned = await checkContent(content, { ...NO_CACHE, since: 'HEAD' });
  expect(warned.exitCode).toBe(0);
  expect(warned.output).toMatch(
    /^warning: .*articles\/council-budget\.md {2}body {2}the published story changed since HEAD: a number changed \("£12\.5 million" is now "£13 million"\); add a note .*\[silent-edit\]$/m,
  );
  // Committed, the edit is still silent against the earlier commit.
  git('commit', '-q', '-am', 'Quiet edit');
  expect((await checkContent(content, { ...NO_CACHE, since: 'HEAD~1' })).output).toContain('[silent-edit]');
  expect((await checkContent(content, { ...NO_CACHE, since: 'HEAD' })).output).not.toContain('[silent-edit]');

  await edit('articles/council-budget.md', (text) =>
    text.replace(
      /^section: (.*)$/m,
      `section: $1\ncorrections:\n  - date: 2026-11-20\n    text: The figure was corrected.`,
    ),
  );
  expect((await checkContent(content, { ...NO_CACHE, since: 'HEAD~1' })).output).not.toContain(
    '[silent-edit]',
  );
});

it('leaves drafts, new stories and small fixes alone', async () => {
  await edit(
    'articles/draft-story.md',
    (text) => `${text}\n\nA whole new paragraph of 12 words about the council budget gap.`,
  );
  await writeFile(
    path.join(content, 'articles/brand-new.md'),
    '---\ntitle: New\ndate: 2026-11-05\nauthor: ada\nsection: news\n---\nA new story with 42 figures.',
  );
  const { output } = await checkContent(content, { ...NO_CACHE, since: 'HEAD' });
  expect(output).not.toContain('[silent-edit]');
});

it('says what it expected of --since', async () => {
  expect(await checkContent(content, { ...NO_CACHE, since: 'no-such-branch' })).toEqual({
    exitCode: 2,
    output: '--since expected a commit, branch or tag of this repository, found "no-such-branch"',
  });
  const plain = await mkdtemp(path.join(tmpdir(), 'not-git-'));
  await cp(FIXTURE_CONTENT, plain, { recursive: true });
  const outside = await checkContent(plain, { ...NO_CACHE, since: 'HEAD' });
  expect(outside.exitCode).toBe(2);
  expect(outside.output).toMatch(/^--since needs content\/ in a git repository/);
  await rm(plain, { recursive: true, force: true });
});
