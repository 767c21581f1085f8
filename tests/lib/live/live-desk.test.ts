import { mkdir, mkdtemp, rm, unlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import { createLiveDesk, type ParsedFiles } from '@/lib/live/live-desk';

const story = (slug: string, type: Article['type'] = 'live', status: 'live' | 'ended' = 'live'): Article => ({
  slug,
  file: `content/articles/${slug}.md`,
  title: slug,
  section: 'news',
  authors: ['ada', 'ben'],
  tags: [],
  summary: '',
  date: '2026-12-01T08:00:00.000Z',
  bodyImages: [],
  draft: false,
  featured: false,
  related: [],
  corrections: [],
  wordCount: 10,
  readingMinutes: 1,
  linksTo: [],
  bodyKey: slug,
  type,
  ...(type === 'live' && { live: { status } }),
});

let dir = '';
let clock = new Date('2026-12-01T12:00:00Z');
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'live-desk-'));
  clock = new Date('2026-12-01T12:00:00Z');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const update = (time: string, extra = '', body = 'Text.') => `---\ntime: ${time}\n${extra}---\n\n${body}\n`;
async function write(slug: string, name: string, text: string) {
  await mkdir(path.join(dir, 'live', slug), { recursive: true });
  await writeFile(path.join(dir, 'live', slug, name), text);
}
function desk(stories: Article[], parsedFiles?: ParsedFiles) {
  return createLiveDesk({
    parsedFiles,
    contentDir: dir,
    publicDir: path.resolve('public'),
    stories: new Map(stories.map((s) => [s.slug, s])),
    context: { timeZone: 'Europe/London', authorIds: new Set(['ada', 'ben']) },
    checkLink: (url) => (url === '/news/real' ? undefined : 'no page of this site has that address'),
    now: () => clock,
    recheckMs: 2_000,
  });
}

describe('the live desk', () => {
  it('orders a story’s updates newest first, defaults their author, and finds the pinned one', async () => {
    await write('storm', 'a.md', update('2026-12-01T09:00', 'pinned: true\n'));
    await write('storm', 'b.md', update('2026-12-01T11:00', 'author: ben\n'));
    await write('storm', 'c.md', update('2026-12-01T10:00'));
    const coverage = desk([story('storm')]).coverage('storm');
    expect(coverage?.updates.map((u) => [u.id, u.authors])).toEqual([
      ['b', ['ben']],
      ['c', ['ada']],
      ['a', ['ada']],
    ]);
    expect(coverage?.pinned?.id).toBe('a');
    expect(coverage?.lastUpdated).toBe('2026-12-01T11:00:00.000Z');
    expect(coverage?.coverageEnd).toBeUndefined();
    expect(coverage?.problems).toEqual([]);
  });

  it('says when an ended story stopped, and has nothing for a story that is not live', async () => {
    await write('count', 'a.md', update('2026-12-01T09:30'));
    const live = desk([story('count', 'live', 'ended'), story('plain', 'news')]);
    expect(live.coverage('count')?.coverageEnd).toBe('2026-12-01T09:30:00.000Z');
    expect(live.coverage('plain')).toBeUndefined();
    expect(live.coverage('nothing')).toBeUndefined();
  });

  it('sees a new, a changed and a deleted file on its next look, without being told', async () => {
    await write('storm', 'a.md', update('2026-12-01T09:00'));
    const live = desk([story('storm')]);
    expect(live.coverage('storm')?.updates).toHaveLength(1);
    await write('storm', 'b.md', update('2026-12-01T09:30', 'title: New\n'));
    // Within the look's two seconds, the last look stands; after them, the folder is read again.
    expect(live.coverage('storm')?.updates).toHaveLength(1);
    clock = new Date(clock.getTime() + 2_000);
    expect(live.coverage('storm')?.updates.map((u) => u.title)).toEqual(['New', undefined]);
    await write('storm', 'b.md', update('2026-12-01T09:30', 'title: Changed headline\n'));
    clock = new Date(clock.getTime() + 2_000);
    expect(live.coverage('storm')?.updates[0]?.title).toBe('Changed headline');
    await unlink(path.join(dir, 'live/storm/b.md'));
    clock = new Date(clock.getTime() + 2_000);
    expect(live.coverage('storm')?.updates.map((u) => u.id)).toEqual(['a']);
  });

  it('leaves out, and reports with file and line, updates before the story, in the future, pinned twice or broken', async () => {
    await write('storm', 'early.md', update('2026-12-01T07:00'));
    await write('storm', 'future.md', update('2026-12-01T13:00'));
    await write('storm', 'pin-1.md', update('2026-12-01T09:00', 'pinned: true\n'));
    await write('storm', 'pin-2.md', update('2026-12-01T09:10', 'pinned: true\n'));
    await write(
      'storm',
      'link.md',
      update('2026-12-01T09:20', '', 'See [this](/news/gone) and [that](/news/real).'),
    );
    await write('storm', 'ok.md', update('2026-12-01T09:30'));
    await write('storm', 'notes.txt', 'not an update');
    const live = desk([story('storm')]);
    expect(live.coverage('storm')?.updates.map((u) => u.id)).toEqual(['ok', 'pin-1']);
    expect(live.check().problems.map((p) => [p.file, p.line, p.code])).toEqual([
      [expect.stringMatching(/live\/storm\/link\.md$/), 5, 'broken-internal-link'],
      [expect.stringMatching(/early\.md$/), 2, 'update-before-story'],
      [expect.stringMatching(/future\.md$/), 2, 'update-in-future'],
      [expect.stringMatching(/pin-2\.md$/), 3, 'two-pinned'],
    ]);
    // The future update is published when its time comes.
    clock = new Date('2026-12-01T13:05:00Z');
    expect(live.coverage('storm')?.updates.map((u) => u.id)).toEqual(['future', 'ok', 'pin-1']);
  });

  it('reports update folders without a live story', async () => {
    await write('nobody', 'a.md', update('2026-12-01T09:00'));
    await write('plain', 'a.md', update('2026-12-01T09:00'));
    const problems = desk([story('plain', 'news')]).check().problems;
    expect(problems.map((p) => [p.file, p.code])).toEqual([
      [expect.stringMatching(/live\/nobody\/$/), 'live-without-story'],
      [expect.stringMatching(/live\/plain\/$/), 'not-live'],
    ]);
    expect(problems[1]?.message).toContain('content/articles/plain.md');
  });

  it('keeps what it parsed for the next desk (a reload of the index), and lets deleted files go', async () => {
    await write('storm', 'a.md', update('2026-12-01T09:00'));
    await write('storm', 'b.md', update('2026-12-01T09:10'));
    const parsed: ParsedFiles = new Map();
    const first = desk([story('storm')], parsed).coverage('storm');
    const second = desk([story('storm')], parsed).coverage('storm');
    expect(second?.updates.map((u) => u.tree)).toEqual(first?.updates.map((u) => u.tree));
    expect(second?.updates[0]?.tree).toBe(first?.updates[0]?.tree);
    await unlink(path.join(dir, 'live/storm/b.md'));
    desk([story('storm')], parsed).coverage('storm');
    expect([...parsed.keys()].map((f) => path.basename(f))).toEqual(['a.md']);
  });

  it('warns of invisible characters in an update, as in an article, and still shows it', async () => {
    await write('storm', 'a.md', update('2026-12-01T09:00', '', 'Roads\u202e closed.'));
    const live = desk([story('storm')]);
    const { problems, warnings } = live.check();
    expect(problems).toEqual([]);
    expect(warnings.map((w) => [path.basename(w.file), w.line, w.code])).toEqual([
      ['a.md', 5, 'invisible-character'],
    ]);
    expect(live.coverage('storm')?.updates[0]?.text).toBe('Roads closed.');
  });

  it('tells its watcher which stories changed since it last looked, once each', async () => {
    await write('storm', 'a.md', update('2026-12-01T09:00'));
    await write('count', 'a.md', update('2026-12-01T09:00'));
    const live = desk([story('storm'), story('count', 'live', 'ended'), story('plain', 'news')]);
    expect(live.look()).toEqual([]);
    await write('storm', 'b.md', update('2026-12-01T09:30'));
    clock = new Date(clock.getTime() + 2_000);
    // A reader's page sees the new file first; the watcher is still told.
    expect(live.coverage('storm')?.updates).toHaveLength(2);
    expect(live.look()).toEqual(['storm']);
    expect(live.look()).toEqual([]);
    await unlink(path.join(dir, 'live/count/a.md'));
    clock = new Date(clock.getTime() + 2_000);
    expect(live.look()).toEqual(['count']);
    clock = new Date(clock.getTime() + 2_000);
    expect(live.look()).toEqual([]);
  });

  it('has no problems when there is no live folder at all', () => {
    expect(desk([story('storm')]).check().problems).toEqual([]);
    expect(desk([story('storm')]).coverage('storm')?.updates).toEqual([]);
  });
});
