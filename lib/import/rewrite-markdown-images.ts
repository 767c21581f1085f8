import type { ImportProblem, SourceLocation } from './source-post';

// A Markdown image whole (alt, source, optional title), or a raw <img> tag whole.
const IMAGE =
  /!\[([^\]]*)\]\(\s*<?([^)\s>]+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)|<img\b[^>]*?\bsrc\s*=\s*["']([^"']+)["'][^>]*>/g;
const ALT = /\balt\s*=\s*["']([^"']*)["']/;

/**
 * Points a Markdown body's images (`![alt](src)` and raw `<img src>`) at their copies on this site.
 * An image that could not be brought across is reported with its line and left out, its description
 * kept as text, as the WordPress importer does: the site never loads another host's picture, and one
 * missing picture should not keep the whole imported site from building.
 * @example rewriteMarkdownImages('![Map](map.png)', () => '/images/2024/x/map.png', { file: 'x.md', line: 5 }).markdown // "![Map](/images/2024/x/map.png)"
 */
export function rewriteMarkdownImages(
  markdown: string,
  resolveImage: (src: string) => string | undefined,
  at: SourceLocation,
): { markdown: string; problems: ImportProblem[]; images: string[] } {
  const problems: ImportProblem[] = [];
  const images: string[] = [];
  const rewritten = markdown.replace(
    IMAGE,
    (
      whole: string,
      alt: string | undefined,
      mdSrc: string | undefined,
      htmlSrc: string | undefined,
      offset: number,
    ) => {
      const src = mdSrc ?? htmlSrc ?? '';
      images.push(src);
      const local = resolveImage(src);
      if (local) return whole.replace(src, local);
      const line = (at.line ?? 1) + (markdown.slice(0, offset).match(/\n/g)?.length ?? 0);
      problems.push({
        file: at.file,
        line,
        severity: 'fix',
        code: 'missing-image',
        message: `expected the image ${src} to be available on this site, found no copy; the picture was left out and its description kept as text: copy it into public/images/ and add it back`,
      });
      return (mdSrc === undefined ? ALT.exec(whole)?.[1] : alt)?.trim() ?? '';
    },
  );
  return { markdown: rewritten, problems, images };
}
