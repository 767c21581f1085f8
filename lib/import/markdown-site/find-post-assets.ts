import type { PostDraft } from './read-post-file';

const REFERENCE = /!\[[^\]]*\]\(\s*<?([^)\s>]+)|\bsrc\s*=\s*["']([^"']+)["']/g;
const MARKDOWN = /\.(?:md|markdown|mdx)$/i;

/**
 * The files that belong to a post, as paths inside the site: everything in a page bundle's folder but
 * its Markdown (Hugo and Zola `x/index.md`, with nested folders), else the files its body and image
 * refer to by a path relative to the post (Astro's images beside it).
 * @example findPostAssets(draft, ['content/posts/x/index.md', 'content/posts/x/map.png']) // ['content/posts/x/map.png']
 */
export function findPostAssets(draft: PostDraft, paths: string[], postPath: string): string[] {
  const { bundleDir } = draft.placement;
  if (bundleDir) {
    const nested = new Set(
      paths
        .filter((p) => p.startsWith(`${bundleDir}/`) && /\/index\.(?:md|markdown)$/.test(p) && p !== postPath)
        .map((p) => p.replace(/\/[^/]+$/, '/')),
    );
    return paths.filter(
      (p) =>
        p.startsWith(`${bundleDir}/`) && !MARKDOWN.test(p) && ![...nested].some((dir) => p.startsWith(dir)),
    );
  }
  const folder = postPath.includes('/') ? postPath.replace(/\/[^/]*$/, '') : '';
  const known = new Set(paths);
  const targets = [...draft.post.body.text.matchAll(REFERENCE)].map((match) => match[1] ?? match[2] ?? '');
  if (draft.post.image) targets.push(draft.post.image.src);
  return [
    ...new Set(
      targets.filter((target) => !/^(?:[a-z]+:|\/|#)/i.test(target)).map((target) => resolve(folder, target)),
    ),
  ].filter((path) => known.has(path));
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
