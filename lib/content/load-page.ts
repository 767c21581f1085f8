import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Root } from 'hast';
import { renderMarkdownTree } from '../markdown/render-markdown';
import { readText } from './load-content';
import { splitFrontMatter } from './split-front-matter';

const pageSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(300),
});

export interface StaticPage {
  title: string;
  description: string;
  tree: Root;
}

/**
 * Reads a standing page such as `content/pages/about.md` (front matter: title, description), or
 * undefined when there is no such file. Throws with the file and problem when it is invalid: such a
 * page is part of the build, not an article.
 */
export async function loadPage(contentDir: string, slug: string): Promise<StaticPage | undefined> {
  const file = path.join(contentDir, 'pages', `${slug}.md`);
  const text = readText(file);
  if (text === '' && !existsSync(file)) return undefined;
  const split = splitFrontMatter(text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (!split.ok) throw new Error(`${file}: ${split.message}`);
  const parsed = pageSchema.safeParse(split.data);
  if (!parsed.success)
    throw new Error(
      `${file}: expected front matter with title and description (${parsed.error.issues.map((i) => i.path.join('.')).join(', ')})`,
    );
  return { ...parsed.data, tree: renderMarkdownTree(split.body) };
}
