import type { SourceFile } from './parse-content';
import { aliasKey } from './aliases';
import { slugify } from './slugify';
import { splitFrontMatter } from './split-front-matter';

/**
 * Maps every slug the article files already claim to the file claiming it: each file name, in any year
 * folder, each front-matter `slug:`, and each old slug in `aliases`. Files that do not parse still claim their name, so a broken
 * draft is never overwritten by a new one.
 * @example findTakenSlugs([{ path: 'content/articles/2025/x.md', text: '---\nslug: Old Story\n---\n' }]) // Map { 'x' → …, 'old-story' → … }
 */
export function findTakenSlugs(files: readonly SourceFile[]): Map<string, string> {
  const taken = new Map<string, string>();
  const claim = (slug: string, file: string) => {
    if (slug && !taken.has(slug)) taken.set(slug, file);
  };
  for (const file of files) {
    claim(
      slugify(
        file.path
          .split('/')
          .pop()
          ?.replace(/\.(md|markdown)$/i, '') ?? '',
      ),
      file.path,
    );
    const split = splitFrontMatter(file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
    const data: unknown = split.ok ? split.data : undefined;
    if (data && typeof data === 'object' && 'slug' in data && typeof data.slug === 'string')
      claim(slugify(data.slug), file.path);
    // A story's old slugs are its too (aliases.ts): a new story under one would shadow the redirect.
    if (data && typeof data === 'object' && 'aliases' in data && Array.isArray(data.aliases))
      for (const alias of data.aliases) {
        const key = typeof alias === 'string' ? aliasKey(alias) : undefined;
        if (typeof key === 'string' && key.startsWith('slug:')) claim(key.slice('slug:'.length), file.path);
      }
  }
  return taken;
}
