import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { GeneratedArticle } from './generate-archive';

/**
 * The time from a new article file landing in the content folder to its page being served: the file
 * is written (a copy of `template` under a new slug and headline), the revalidate hook is called as
 * the README's deploy does, and the page is asked for until it answers with the new headline.
 */
export async function measurePublishLatency(
  baseUrl: string,
  contentDir: string,
  template: GeneratedArticle,
  secret: string,
): Promise<number> {
  const slug = `published-during-the-bench-${Date.now()}`;
  const headline = `Published during the bench ${Date.now()}`;
  const text = (await readFile(path.join(contentDir, template.path), 'utf8')).replace(
    /^title: .*$/m,
    `title: "${headline}"`,
  );
  const started = performance.now();
  await writeFile(path.join(contentDir, path.dirname(template.path), `${slug}.md`), text);
  const response = await fetch(`${baseUrl}/api/revalidate`, {
    method: 'POST',
    headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' },
    body: JSON.stringify({ slugs: [slug] }),
  });
  if (!response.ok)
    throw new Error(`the revalidate hook answered ${response.status}: ${await response.text()}`);
  const url = `${baseUrl}/${template.section}/${slug}`;
  for (let i = 0; i < 600; i++) {
    const page = await fetch(url);
    if (page.status === 200 && (await page.text()).includes(headline)) return performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${url} did not show the new article within 30 s`);
}
