import { mkdir, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
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
