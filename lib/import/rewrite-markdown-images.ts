import type { ImportProblem, SourceLocation } from './source-post';

const IMAGE = /(!\[[^\]]*\]\(\s*<?)([^)\s>]+)|(<img\b[^>]*?\bsrc\s*=\s*["'])([^"']+)/g;

/**
 * Points a Markdown body's images (`![alt](src)` and raw `<img src>`) at their copies on this site;
 * an image that could not be brought across is reported with its line and left as it was, so
 * check:content names it too.
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
    (whole, mdOpen?: string, mdSrc?: string, htmlOpen?: string, htmlSrc?: string, offset?: number) => {
      const src = mdSrc ?? htmlSrc ?? '';
      images.push(src);
      const local = resolveImage(src);
      if (local) return `${mdOpen ?? htmlOpen ?? ''}${local}`;
      const line = (at.line ?? 1) + (markdown.slice(0, offset ?? 0).match(/\n/g)?.length ?? 0);
      problems.push({
        file: at.file,
        line,
        severity: 'fix',
        code: 'missing-image',
        message: `the image ${src} could not be brought across; copy it into public/images/ and point the story at it`,
      });
      return whole;
    },
  );
  return { markdown: rewritten, problems, images };
}
