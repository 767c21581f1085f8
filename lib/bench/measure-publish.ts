import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedArticle } from './generate-archive';
import { median } from './median';

/**
 * The time from a new article file landing in the content folder to its page being served by every
 * instance: the file is written (a copy of `template` under a new slug and headline), the revalidate
 * hook is called on the first instance as the README's deploy does, and each instance is asked for
 * the page until it answers with the new headline (the others hear of the change through Redis).
 */
export async function measurePublishLatency(
  baseUrls: readonly string[],
  contentDir: string,
  template: GeneratedArticle,
  secret: string,
): Promise<number> {
  const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 8)}`;
  const slug = `published-during-the-bench-${stamp}`;
  const headline = `Published during the bench ${stamp}`;
  const text = (await readFile(path.join(contentDir, template.path), 'utf8')).replace(
    /^title: .*$/m,
    `title: "${headline}"`,
  );
  const started = performance.now();
  await writeFile(path.join(contentDir, path.dirname(template.path), `${slug}.md`), text);
  const response = await fetch(`${baseUrls[0]}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ slugs: [slug] }),
  });
  if (!response.ok)
    throw new Error(`the revalidate hook answered ${response.status}: ${await response.text()}`);
  const served = async (baseUrl: string) => {
    const url = `${baseUrl}/${template.section}/${slug}`;
    for (let i = 0; i < 600; i++) {
      const page = await fetch(url);
      if (page.status === 200 && (await page.text()).includes(headline)) return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${url} did not show the new article within 30 s`);
  };
  await Promise.all(baseUrls.map(served));
  return performance.now() - started;
}

// Between publishes, long enough for the work a publish leaves for later (checking every file,
// ranking "You may also like" again, storing the index) to finish, as between an editor's publishes.
const SETTLE_MS = 8_000;

/** The median of `runs` publishes (measurePublishLatency), each after the last one's work is done. */
export async function measurePublishMedian(
  baseUrls: readonly string[],
  contentDir: string,
  template: GeneratedArticle,
  secret: string,
  runs: number,
): Promise<{ medianMs: number; samplesMs: number[] }> {
  const samplesMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    if (run > 0) await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    samplesMs.push(await measurePublishLatency(baseUrls, contentDir, template, secret));
  }
  return { medianMs: median(samplesMs), samplesMs };
}
