import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/content-index';
import { loadArticleBody, loadArticleBodyTree } from '@/lib/content/load-article-body';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { announceContentChanged } from '@/lib/state/process-state.mjs';
import { FIXTURE_CONTENT } from '../../support/load-fixture-index';

let contentDir = '';
let cacheDir = '';
let index: ContentIndex;
beforeAll(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'article-body-content-'));
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'article-body-cache-'));
  await cp(FIXTURE_CONTENT, contentDir, { recursive: true });
  const { result } = await loadContentIndex(contentDir, { cacheDir });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  index = result.value;
});
afterAll(() => Promise.all([contentDir, cacheDir].map((dir) => rm(dir, { recursive: true, force: true }))));

describe('loadArticleBody', () => {
  it('renders the stored tree, never the file again: an edit on disk shows only after a reload', async () => {
    const article = index.bySlug.get('council-budget')!;
    const before = loadArticleBody(index, article);
    expect(before).toContain('<p>');
    expect(before).not.toContain('<script');
    await writeFile(path.join(contentDir, 'articles/council-budget.md'), 'not even front matter');
    expect(loadArticleBody(index, article)).toBe(before);
  });

  it('parses the file again only when its stored tree has gone', async () => {
    const article = index.bySlug.get('battery-factory-jobs')!;
    const expected = loadArticleBodyTree(index, article);
    const trees = path.join(cacheDir, (await readdir(cacheDir)).find((f) => f.startsWith('trees-')) ?? '');
    await rm(trees, { recursive: true });
    // The content-changed event empties the in-memory copies, so the next read must go to the store.
    announceContentChanged({ source: 'reload' });
    expect(index.trees.has(article.bodyKey)).toBe(false);
    expect(loadArticleBodyTree(index, article)).toEqual(expected);
    expect(index.trees.has(article.bodyKey)).toBe(true);
  });
});
