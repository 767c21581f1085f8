import { aliasKey } from '../content/aliases';

const MARKDOWN_LINK = /(\]\()(<?)([^)\s>]+)/g;
const HTML_HREF = /(href=")([^"]+)/g;

/**
 * Points links to imported stories at their new addresses: a link to the old site (its whole URL,
 * or a path such as `/2012/01/07/slug/` or `/?p=123`) that is an old address of an imported story
 * becomes `/<section>/<slug>`. Other links stay as they are.
 * @example rewriteOldLinks('[x](https://old.example/?p=1)', 'https://old.example', new Map([['/?p=1', '/news/x']])) // "[x](/news/x)"
 */
export function rewriteOldLinks(
  markdown: string,
  baseUrl: string | undefined,
  links: ReadonlyMap<string, string>,
): string {
  if (links.size === 0) return markdown;
  const host = baseUrl ? hostOf(baseUrl) : undefined;
  const rewrite = (url: string) => {
    const isOld = url.startsWith('/') ? !url.startsWith('//') : host !== undefined && hostOf(url) === host;
    if (!isOld) return url;
    const [withoutHash = '', hash] = url.split('#');
    const key = aliasKey(withoutHash);
    const target = typeof key === 'string' ? links.get(key) : undefined;
    return target ? encodeURI(target) + (hash ? `#${hash}` : '') : url;
  };
  return markdown
    .replace(MARKDOWN_LINK, (_, open: string, angle: string, url: string) => `${open}${angle}${rewrite(url)}`)
    .replace(HTML_HREF, (_, open: string, url: string) => `${open}${rewrite(url)}`);
}

function hostOf(url: string): string | undefined {
  try {
    return new URL(url).host.replace(/^www\./, '');
  } catch {
    return undefined;
  }
}
