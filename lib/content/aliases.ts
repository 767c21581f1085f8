/**
 * A story's old addresses (`aliases` in its front matter), as the keys the router looks them up by.
 * An old slug (`council-tax-rise`) stands for that slug under any section, so it keeps working after
 * the story moves; an old path (`/2012/01/07/council-tax-rise/`, `/?p=123`, or a whole URL of the old
 * site) stands for itself, with or without its trailing slash.
 */

/** The key of an alias as written, or why it cannot be one. */
export function aliasKey(alias: string): string | { why: string } {
  let text = alias.trim();
  if (/^https?:\/\//i.test(text)) {
    try {
      const url = new URL(text);
      text = url.pathname + url.search;
    } catch {
      return { why: 'not a URL that can be read' };
    }
  }
  if (!text.startsWith('/')) {
    const slug = decoded(text);
    if (slug === undefined) return { why: 'a malformed percent-escape' };
    if (/[/?#\s]/.test(slug)) return { why: 'an old slug has no slash, "?", "#" or space; an old path starts with "/"' };
    return slugKey(slug);
  }
  if (text.startsWith('//')) return { why: 'an old path starts with one "/", not two' };
  const [pathAndQuery = ''] = text.split('#');
  const queryAt = pathAndQuery.indexOf('?');
  const pathname = queryAt === -1 ? pathAndQuery : pathAndQuery.slice(0, queryAt);
  const query = queryAt === -1 ? '' : pathAndQuery.slice(queryAt + 1);
  const segments = pathSegments(pathname).map(decoded);
  if (segments.some((s) => s === undefined)) return { why: 'a malformed percent-escape' };
  return pathKey(segments as string[], query);
}

/** The key of an old slug. */
export function slugKey(slug: string): string {
  return `slug:${slug}`;
}

/** The key of an old path, from its decoded segments and its query (without the "?"). */
export function pathKey(segments: readonly string[], query = ''): string {
  return `/${segments.join('/')}${query ? `?${query}` : ''}`;
}

/** A path's segments as the router splits them: a trailing slash makes no segment of its own. */
export function pathSegments(pathname: string): string[] {
  return pathname
    .split('/')
    .slice(1)
    .filter((s, i, all) => s !== '' || i < all.length - 1);
}

/** How an alias key reads to an editor: the path, or the slug. */
export function showAlias(key: string): string {
  return key.startsWith('slug:') ? key.slice('slug:'.length) : key;
}

function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
