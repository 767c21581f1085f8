import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { newLiveUpdate } from '@/lib/cli/new-live-update';
import { newArticle } from '@/lib/cli/new-article';
import { createLiveDesk } from '@/lib/live/live-desk';
import type { Article } from '@/lib/content/article';
import { parseArticle } from '@/lib/content/parse-article';
import { FIXTURE_CONTENT } from '../../support/load-fixture-index';

let dir: string;
let cwd: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'live-cli-'));
  await cp(FIXTURE_CONTENT, path.join(dir, 'content'), { recursive: true });
  cwd = process.cwd();
  process.chdir(dir);
});
afterEach(async () => {
  process.chdir(cwd);
  await rm(dir, { recursive: true, force: true });
});

// 09:14 in London in winter.
const NOW = new Date('2026-12-01T09:14:30Z');
const context = {
  timeZone: 'Europe/London',
  authorIds: new Set(['ada', 'ben']),
  sectionSlugs: new Set(['news', 'business']),
};

it('starts a live story with npm run new -- --type live, then adds timestamped updates to it', async () => {
  const started = await newArticle({
    argv: ['Storm live', '--section', 'news', '--author', 'ada', '--tags', 'weather', '--type', 'live'],
    contentDir: path.join(dir, 'content'),
    now: NOW,
  });
  expect(started).toEqual({ exitCode: 0, output: 'content/articles/2026/storm-live.md' });
  const story = parseArticle(started.output, await readFile(started.output, 'utf8'), context);
  expect(story.parsed?.article).toMatchObject({ type: 'live', live: { status: 'live' }, draft: true });

  const first = await newLiveUpdate(
    ['storm-live', '--title', 'Roads closed', '--key', '--pin'],
    'content',
    NOW,
  );
  expect(first).toEqual({ exitCode: 0, output: 'content/live/storm-live/2026-12-01T0914-roads-closed.md' });
  expect(await readFile(first.output, 'utf8')).toMatch(
    /^---\ntime: 2026-12-01T09:14\ntitle: "Roads closed"\nkey: true\npinned: true\n---\n\n<!--/,
  );
  // The same minute and headline: a file of its own. A second pin is refused, naming the pinned one.
  const second = await newLiveUpdate(
    ['storm-live', '--title', 'Roads closed', '--author', 'ben'],
    'content',
    NOW,
  );
  expect(second.output).toBe('content/live/storm-live/2026-12-01T0914-roads-closed-2.md');
  const pin = await newLiveUpdate(['storm-live', '--pin'], 'content', NOW);
  expect(pin.exitCode).toBe(1);
  expect(pin.output).toContain('content/live/storm-live/2026-12-01T0914-roads-closed.md is pinned already');

  // An update saved unwritten is left off the page, and said to be empty.
  const article = story.parsed?.article;
  if (!article) throw new Error('the new story did not parse');
  const desk = createLiveDesk(deskOptions(article));
  expect(desk.coverage('storm-live')?.updates).toEqual([]);
  expect(desk.check().problems.map((p) => p.code)).toEqual(['empty-body', 'empty-body']);
  await writeFile(
    first.output,
    (await readFile(first.output, 'utf8')).replace(/<!--.*-->/, 'The A58 is closed.'),
  );
  expect(
    createLiveDesk(deskOptions(article))
      .coverage('storm-live')
      ?.updates.map((u) => u.title),
  ).toEqual(['Roads closed']);
});

function deskOptions(article: Article) {
  return {
    contentDir: 'content',
    publicDir: path.join(dir, 'public'),
    stories: new Map([[article.slug, article]]),
    context,
    checkLink: () => undefined,
    now: () => new Date('2026-12-01T10:00:00Z'),
  };
}

it('refuses a story that does not exist, is not live or has ended, and unknown authors', async () => {
  expect((await newLiveUpdate(['nothing'], 'content', NOW)).output).toMatch(
    /^no story has the slug "nothing"/,
  );
  expect((await newLiveUpdate(['council-budget'], 'content', NOW)).output).toMatch(
    /council-budget\.md is not a live story/,
  );
  await writeFile(
    'content/articles/ended.md',
    '---\ntitle: Ended\ndate: 2026-11-01\nauthor: ada\nsection: news\ntype: live\nlive:\n  status: ended\n---\nDone.',
  );
  expect((await newLiveUpdate(['ended'], 'content', NOW)).output).toMatch(/ended\.md has ended/);
  await writeFile(
    'content/articles/open.md',
    '---\ntitle: Open\ndate: 2026-11-01\nauthor: ada\nsection: news\ntype: live\n---\nGoing on.',
  );
  const unknown = await newLiveUpdate(['open', '--author', 'zed'], 'content', NOW);
  expect(unknown.exitCode).toBe(1);
  expect(unknown.output).toMatch(
    /author {2}expected an id from content\/authors\/ \(ada, ben\), found "zed"/,
  );
  expect((await newLiveUpdate(['open', '--bogus'], 'content', NOW)).output).toMatch(
    /Unknown option '--bogus'/,
  );
});
