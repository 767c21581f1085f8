import type { ImportProblem, SourceLocation } from './source-post';

const LINK = /\]\(\s*<?(\/(?!\/)[^)\s>]*)|href="(\/(?!\/)[^"]*)"/g;

/**
 * The links of a converted body to a path this site will not have: an old site's address that no
 * imported story claims (`/category/news/`, `/2013/02/01/x.html`), which check:content would call
 * `broken-internal-link`. Paths under a section, a tag, an author, images, search or a standing page
 * are the site's own and left to check:content.
 * @example findOldLinks('[x](/2013/01/x.html)', ['news'], at) // [{ code: 'old-link', … }]
 */
export function findOldLinks(
  markdown: string,
  ownPrefixes: readonly string[],
  at: SourceLocation,
): ImportProblem[] {
  const problems: ImportProblem[] = [];
  for (const match of markdown.matchAll(LINK)) {
    const link = match[1] ?? match[2] ?? '';
    const first = link.split(/[/?#]/)[1] ?? '';
    if (link === '/' || ownPrefixes.includes(first)) continue;
    problems.push({
      ...at,
      severity: 'fix',
      code: 'old-link',
      message: `links to ${link}, an address of the old site that no imported story has; point it at the page's address here, or remove the link`,
    });
  }
  return problems;
}
