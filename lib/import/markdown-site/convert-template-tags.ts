import type { ImportProblem, SourceLocation } from '../source-post';
import { hugoShortcodes } from './hugo-shortcodes';
import { liquidTags } from './liquid-tags';
import { mdxSyntax, readMdxImports } from './mdx-syntax';
import type { Generator } from './site-types';
import { splitFences } from './split-fences';
import { scanTags, type TagFamily } from './tag-scan';
import { zolaShortcodes } from './zola-shortcodes';

export interface TemplateOptions {
  generator: Generator;
  /** Where the body starts: its file and the file line of its first line. */
  at: SourceLocation;
  /** The old address of the post a `ref`, `relref`, `post_url` or `link` names; none resolve without it. */
  resolveLink?: (target: string) => string | undefined;
  /** An `.mdx` body (Astro): imports, exports and components are read too. */
  mdx?: boolean;
  /** An HTML body (Jekyll's `.html` posts): converted tags write HTML, and fences are not looked for. */
  html?: boolean;
}

const FAMILIES: Record<Generator, TagFamily[]> = {
  hugo: [hugoShortcodes],
  zola: [zolaShortcodes],
  jekyll: [liquidTags],
  eleventy: [liquidTags],
  astro: [],
  unknown: [],
};

/**
 * Turns a generator's template tags in a Markdown body into this site's Markdown: embeds to their
 * address alone on a line, figures to `![alt](src "caption")`, highlight blocks to fenced code, links
 * to other posts to their old addresses; every other tag is removed and reported (`unknown-shortcode`,
 * `liquid-tag`, `unknown-component`) with its file line. Fenced code and inline code are never changed.
 * @example convertTemplateTags('{{< youtube w7Ft2ymGmfc >}}', { generator: 'hugo', at: { file: 'x.md', line: 5 } }).markdown // 'https://www.youtube.com/watch?v=w7Ft2ymGmfc'
 */
export function convertTemplateTags(
  markdown: string,
  options: TemplateOptions,
): { markdown: string; problems: ImportProblem[] } {
  const families = options.mdx ? [mdxSyntax] : FAMILIES[options.generator];
  const problems: ImportProblem[] = [];
  const context = {
    generator: options.generator,
    file: options.at.file,
    resolveLink: options.resolveLink ?? (() => undefined),
    imports: options.mdx ? readMdxImports(markdown) : new Map<string, string>(),
    html: options.html ?? false,
  };
  const firstLine = options.at.line ?? 1;
  const segments = options.html ? [{ text: markdown, code: false, line: 0 }] : splitFences(markdown);
  const converted = segments.map((segment) =>
    segment.code
      ? segment.text
      : scanTags(segment.text, firstLine + segment.line, context, families, problems),
  );
  return { markdown: converted.join('\n'), problems };
}
