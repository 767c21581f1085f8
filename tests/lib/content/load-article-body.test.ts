import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import { loadArticleBody } from '@/lib/content/load-article-body';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function articleFile(body: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'article-body-'));
  dirs.push(dir);
  const file = path.join(dir, 'story.md');
  await writeFile(file, `---\ntitle: Story\n---\n\n${body}\n`);
  return file;
}

// Only `file` is read; the rest of an article does not matter to its body.
const articleAt = (file: string) => ({ file }) as Article;

describe('loadArticleBody', () => {
  it('renders the body as sanitised HTML', async () => {
    const html = await loadArticleBody(
      articleAt(await articleFile('Hello **world** <script>alert(1)</script>')),
    );
    expect(html).toContain('<strong>world</strong>');
    expect(html).not.toContain('<script');
  });

  it('serves an article it has rendered from memory, and renders a reloaded article afresh', async () => {
    const file = await articleFile('First version.');
    const article = articleAt(file);
    expect(await loadArticleBody(article)).toContain('First version.');
    await writeFile(file, '---\ntitle: Story\n---\n\nSecond version.\n');
    expect(await loadArticleBody(article)).toContain('First version.');
    expect(await loadArticleBody(articleAt(file))).toContain('Second version.');
  });
});
