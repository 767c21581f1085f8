import { mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../content/article';
import { createLiveDesk } from '../live/live-desk';
import type { GeneratedLiveStory } from './generate-live-story';
import { runLoadTest } from './load-test';

export interface LiveFigures {
  'live.firstRenderMs': number;
  'live.cached.rps': number;
  'live.cached.p99Ms': number;
  'live.updateSeenMs': number;
}

/**
 * A live story's page as readers and reporters meet it, once its files are published to the running
 * server (written, and the story announced through the revalidate hook as the README's deploy does):
 * its first render, reading its updates' files,
 * then req/s and p99 under load, then the time from a new update file landing in its folder to a
 * reader polling the page every 50 ms seeing it (the desk's look and the page's 5 s lifetime).
 */
export async function measureLivePage(
  baseUrl: string,
  contentDir: string,
  live: GeneratedLiveStory,
  secret: string,
  options: { connections: number; loadSeconds: number },
): Promise<LiveFigures> {
  for (const file of live.files) {
    await mkdir(path.dirname(path.join(contentDir, file.path)), { recursive: true });
    await writeFile(path.join(contentDir, file.path), file.text);
  }
  const published = await fetch(`${baseUrl}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ slugs: [live.story.slug] }),
  });
  if (!published.ok)
    throw new Error(`the revalidate hook answered ${published.status}: ${await published.text()}`);
  const url = `${baseUrl}/${live.story.section}/${live.story.slug}`;
  let started = performance.now();
  const first = await fetch(url);
  if (first.status !== 200) throw new Error(`${url} answered ${first.status}`);
  await first.arrayBuffer();
  const firstRenderMs = performance.now() - started;

  const load = await runLoadTest(url, {
    ...options,
    durationSeconds: options.loadSeconds,
    expectedStatus: 200,
  });
  if (load.unexpected > 0) throw new Error(`${load.unexpected} requests to ${url} failed under load`);

  const marker = `Declared during the bench ${Date.now()}`;
  const file = path.join(contentDir, live.folder, 'zz-during-the-bench.md');
  started = performance.now();
  await writeFile(
    file,
    `---\ntime: ${new Date(Date.now() - 60_000).toISOString()}\ntitle: "${marker}"\n---\n\nA late declaration.\n`,
  );
  try {
    for (let i = 0; i < 600; i++) {
      if ((await (await fetch(url)).text()).includes(marker))
        return {
          'live.firstRenderMs': firstRenderMs,
          'live.cached.rps': load.requestsPerSecond,
          'live.cached.p99Ms': load.p99Ms,
          'live.updateSeenMs': performance.now() - started,
        };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${url} did not show a new update within 30 s`);
  } finally {
    await unlink(file);
  }
}

/**
 * What the live desk's looks cost when 50 live stories of 40 updates each are read at once, as their
 * pages are rendered every few seconds: the first look (every file parsed) and a later one (a readdir
 * and a stat a file, nothing parsed), in ms for all 50.
 */
export async function measureDeskLooks(scratch: string): Promise<{ firstMs: number; laterMs: number }> {
  const stories = new Map<string, Article>();
  for (let s = 0; s < 50; s++) {
    const slug = `live-${s}`;
    stories.set(slug, { ...STORY, slug, bodyKey: slug });
    await mkdir(path.join(scratch, 'live', slug), { recursive: true });
    for (let u = 0; u < 40; u++)
      await writeFile(
        path.join(scratch, 'live', slug, `${String(u).padStart(2, '0')}.md`),
        `---\ntime: 2026-01-01T${String(10 + Math.floor(u / 60)).padStart(2, '0')}:${String(u % 60).padStart(2, '0')}\ntitle: "Update ${u}"\n---\n\nThe count in ward ${u} is complete: ${u * 37} votes.\n`,
      );
  }
  let clock = Date.parse('2026-01-02T00:00:00Z');
  const desk = createLiveDesk({
    contentDir: scratch,
    publicDir: scratch,
    stories,
    context: { timeZone: 'Europe/London', authorIds: new Set(['a']) },
    checkLink: () => undefined,
    now: () => new Date(clock),
  });
  const lookAtAll = () => {
    const started = performance.now();
    for (const slug of stories.keys())
      if (desk.coverage(slug)?.updates.length !== 40) throw new Error(`${slug} lost updates`);
    return performance.now() - started;
  };
  const firstMs = lookAtAll();
  const later: number[] = [];
  for (let i = 0; i < 5; i++) {
    clock += 2_000;
    later.push(lookAtAll());
  }
  return { firstMs, laterMs: later.sort((a, b) => a - b)[2] ?? 0 };
}

const STORY: Article = {
  slug: '',
  file: 'content/articles/live.md',
  title: 'Live',
  section: 'news',
  authors: ['a'],
  tags: [],
  summary: '',
  date: '2026-01-01T00:00:00.000Z',
  bodyImages: [],
  draft: false,
  featured: false,
  related: [],
  corrections: [],
  wordCount: 1,
  readingMinutes: 1,
  linksTo: [],
  bodyKey: '',
  type: 'live',
  live: { status: 'live' },
};
