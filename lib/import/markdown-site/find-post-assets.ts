import type { PostDraft } from './read-post-file';

const REFERENCE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)|\bsrc\s*=\s*["']([^"']+)["']/g;
const MARKDOWN = /\.(?:md|markdown|mdx)$/i;

/** The site's paths, indexed once for every post: each folder's files, at any depth, and all paths. */
export interface SitePaths {
  all: Set<string>;
  byFolder: Map<string, string[]>;
}

/** Indexes the site's paths for findPostAssets. */
export function indexSitePaths(paths: string[]): SitePaths {
  const byFolder = new Map<string, string[]>();
  for (const path of paths) {
    const parts = path.split('/');
    for (let depth = 1; depth < parts.length; depth += 1) {
      const folder = parts.slice(0, depth).join('/');
      const files = byFolder.get(folder);
      if (files) files.push(path);
      else byFolder.set(folder, [path]);
    }
  }
  return { all: new Set(paths), byFolder };
}

/**
 * The files that belong to a post, as paths inside the site: everything in a page bundle's folder but
 * its Markdown (Hugo and Zola `x/index.md`, with nested folders, but not a nested bundle's), else the
 * files its body and image refer to by a path relative to the post (Astro's images beside it).
 * @example findPostAssets(draft, indexSitePaths(['posts/x/index.md', 'posts/x/map.png']), 'posts/x/index.md') // ['posts/x/map.png']
 */
export function findPostAssets(draft: PostDraft, site: SitePaths, postPath: string): string[] {
  const { bundleDir } = draft.placement;
  if (bundleDir) {
    const inBundle = site.byFolder.get(bundleDir) ?? [];
    const nested = inBundle
      .filter((p) => /\/index\.(?:md|markdown)$/.test(p) && p !== postPath)
      .map((p) => p.replace(/\/[^/]+$/, '/'));
    return inBundle.filter((p) => !MARKDOWN.test(p) && !nested.some((dir) => p.startsWith(dir)));
  }
  const folder = postPath.includes('/') ? postPath.replace(/\/[^/]*$/, '') : '';
  const targets = [...draft.post.body.text.matchAll(REFERENCE)].map((match) => match[1] ?? match[2] ?? '');
  if (draft.post.image) targets.push(draft.post.image.src);
  const relative = targets.filter((target) => !/^(?:[a-z]+:|\/|#)/i.test(target));
  return [...new Set(relative.map((target) => resolve(folder, target)))].filter((path) => site.all.has(path));
}

function resolve(folder: string, target: string): string {
  const parts = folder ? folder.split('/') : [];
  for (const part of decodeSafe(target.split(/[?#]/)[0] ?? '').split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

function decodeSafe(value: string): string {
  try {
    return decodeURI(value);
  } catch {
    return value;
  }
}
