import type { ImportProblem, SourceLocation } from './source-post';

// A Markdown link (not an image) or a raw <a href> whole, with its text, to a site path (`/x`) or a
// relative one (`nowhere.md`, `../x/`): not to a fragment, another host or a scheme (`mailto:`).
const TARGET = String.raw`(?!#|\/\/|[a-zA-Z][a-zA-Z0-9+.-]*:)`;
const LINK = new RegExp(
  String.raw`(?<!!)\[([^\]]*)\]\(\s*<?(${TARGET}[^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)` +
    String.raw`|<a\b[^>]*?\bhref="(${TARGET}[^"]*)"[^>]*>([\s\S]*?)<\/a>`,
  'g',
);

/**
 * The links of a converted body to a path this site will not have: an old site's address that no
 * imported story claims (`/category/news/`, `/2013/02/01/x.html`), or a relative one, which pointed
 * beside the old page and means nothing beside the new one (`nowhere.md`). Each keeps its text but loses its
 * link, and is reported with its line: check:content would otherwise stop the whole imported site's
 * build on it (`broken-internal-link`), as a missing picture would. Paths under a section, a tag, an
 * author, images, search or a standing page are the site's own and left to check:content.
 * @example unlinkOldLinks('[x](/2013/01/x.html)', ['news'], at).markdown // "x"
 */
export function unlinkOldLinks(
  markdown: string,
  ownPrefixes: readonly string[],
  at: SourceLocation,
): { markdown: string; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const unlinked = markdown.replace(
    LINK,
    (
      whole: string,
      mdText: string | undefined,
      mdHref: string | undefined,
      htmlHref: string | undefined,
      htmlText: string | undefined,
      offset: number,
    ) => {
      const link = mdHref ?? htmlHref ?? '';
      const first = link.split(/[/?#]/)[1] ?? '';
      if (link === '/' || (link.startsWith('/') && ownPrefixes.includes(first))) return whole;
      problems.push({
        file: at.file,
        line:
          at.line === undefined ? undefined : at.line + (markdown.slice(0, offset).match(/\n/g)?.length ?? 0),
        severity: 'fix',
        code: 'old-link',
        message: `expected a link to a page of this site, found ${link}, an address of the old site that no imported story has; the link was removed and its text kept: link the text to the page's address here if there is one`,
      });
      return mdText ?? htmlText ?? '';
    },
  );
  return { markdown: unlinked, problems };
}
