import type { PostDraft } from './read-post-file';

/**
 * Says which post a `ref`, `relref`, `post_url` or `link` names, and returns its old address (which
 * the alias redirects to the new one), keeping any `#fragment`. A target may be the file's path in the
 * site or its content folder, with or without extension or `index.md`, or just the file's name
 * (Jekyll's `2012-01-07-slug`).
 * @example buildLinkResolver(drafts, 'content')('posts/x.md#map') // '/posts/x/#map'
 */
export function buildLinkResolver(
  drafts: { path: string; draft: PostDraft }[],
  contentDir: string,
): (target: string) => string | undefined {
  const byKey = new Map<string, string>();
  const add = (key: string, permalink: string) => {
    if (key && !byKey.has(key)) byKey.set(key, permalink);
  };
  for (const { path, draft } of drafts) {
    const inner =
      contentDir === '.' || !path.startsWith(`${contentDir}/`) ? path : path.slice(contentDir.length + 1);
    for (const form of [path, inner]) {
      add(form, draft.permalink);
      add(stripExtension(form), draft.permalink);
      add(stripExtension(form).replace(/\/index$/, ''), draft.permalink);
    }
  }
  for (const { path, draft } of drafts)
    add(
      stripExtension(path)
        .replace(/\/index$/, '')
        .replace(/^.*\//, ''),
      draft.permalink,
    );
  return (target) => {
    const [path = '', fragment] = target.trim().split('#');
    const key = path.replace(/^\.?\/+/, '').replace(/\/+$/, '');
    const found =
      byKey.get(key) ?? byKey.get(stripExtension(key)) ?? byKey.get(stripExtension(key).replace(/^.*\//, ''));
    return found && (fragment ? `${found}#${fragment}` : found);
  };
}

function stripExtension(path: string): string {
  return path.replace(/\.(?:md|markdown|mdx|html)$/i, '');
}
