import { createHash } from 'node:crypto';
import type { Root } from 'hast';
import { type ParsedMarkdown, parseMarkdown } from '../markdown/parse-markdown';
import { countWords, truncateAtWord } from '../text/truncate';
import { quote } from '../text/quote';
import { parseInlineMarkdown } from '../markdown/parse-inline-markdown';
import type { Correction, ParsedArticle } from './article';
import { findKeyLines } from './front-matter-lines';
import { explainImagePath } from './image-path';
import type { ContentProblem, ProblemCode } from './problem';
import { type ArticleContext, readFrontMatter } from './read-front-matter';
import { readSource } from './read-source';
import { splitFrontMatter } from './split-front-matter';

export type { ArticleContext } from './read-front-matter';

const WORDS_PER_MINUTE = 230;
const SUMMARY_LENGTH = 200;
export const BODY_START_LENGTH = 1_500;

/** One article file read once: what the index needs, the body tree to store, and every problem. */
export interface ArticleParse {
  /** True when the file has no problems (warnings are allowed). */
  ok: boolean;
  /**
   * The article as far as it could be read, also when it has problems, so its links, images and slug
   * are checked with the rest; absent only when the file could not be split into front matter and body.
   */
  parsed?: ParsedArticle;
  /** The sanitised body tree, stored under `parsed.article.bodyKey` for the page to render. */
  tree?: Root;
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * Parses and validates one article file, reporting every problem in it at once: the file itself
 * (size, encoding, characters no page may carry), its front matter, and its body, parsed once into the
 * tree the page renders and everything derived from it. `file` is the path shown to editors.
 * @example parseArticle('content/articles/x.md', text, context).parsed?.article.summary
 */
export function parseArticle(file: string, text: string, context: ArticleContext): ArticleParse {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const source = readSource(file, text);
  problems.push(...source.problems);
  warnings.push(...source.warnings);
  if (source.text === undefined) return { ok: false, problems, warnings };

  const split = splitFrontMatter(source.text);
  if (!split.ok) {
    problems.push({
      file,
      field: 'front-matter',
      code: split.code,
      message: split.message,
      line: split.line,
      column: split.column,
    });
    return { ok: false, problems, warnings };
  }
  const keyLines = findKeyLines(split.frontMatter);
  const lineOf = (field: string) => keyLines.get(field.split(/[.[]/)[0] ?? field);
  const report = (field: string, code: ProblemCode, message: string, line?: number) =>
    problems.push({ file, field, code, message, line: line ?? lineOf(field) });
  const fileStem =
    file
      .split('/')
      .pop()
      ?.replace(/\.(md|markdown)$/i, '') ?? '';
  const fields = readFrontMatter(split.data, fileStem, context, report, lineOf);

  const body = parseMarkdown(split.body);
  const toFileLine = (line: number | undefined) => line && split.bodyLine + line - 1;
  if (!body.ok) {
    report('body', 'too-complex', body.message, toFileLine(body.line));
    return { ok: false, problems, warnings };
  }
  checkBody(body.value, (code, message, line) => report('body', code, message, toFileLine(line)));

  const { value } = body;
  const wordCount = countWords(value.plainText);
  // A note's links are checked like the body's, against the note's date rather than the story's.
  const correctionLinks: ParsedArticle['internalLinks'] = [];
  const corrections = fields.corrections.flatMap((note, i): Correction[] => {
    const inline = parseInlineMarkdown(note.text);
    if (!inline.ok) {
      report(`corrections[${i}].text`, 'invalid-field', inline.message);
      return [];
    }
    for (const link of inline.links)
      if (isSiteRelative(link.url))
        correctionLinks.push({ url: link.url, line: lineOf('corrections'), field: `corrections[${i}].text`, from: note.date });
    return [{ date: note.date, kind: note.kind, text: inline.plainText, inline: inline.inline }];
  });
  const parsed: ParsedArticle = {
    article: {
      ...fields,
      corrections,
      file,
      summary: fields.summary ?? truncateAtWord(value.firstParagraph, SUMMARY_LENGTH),
      bodyKey: bodyKeyOf(split.body),
      bodyImages: value.images
        .filter((image) => !explainImagePath(image.url, ''))
        .map((image) => ({ src: image.url, alt: image.alt, line: toFileLine(image.line) })),
      wordCount,
      readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
      linksTo: [],
    },
    bodyStart: startOf(value.plainText),
    internalLinks: [
      ...value.links
        .filter((link) => isSiteRelative(link.url))
        .map((link) => ({ url: link.url, line: toFileLine(link.line) })),
      ...correctionLinks,
    ],
    fieldLines: keyLines,
  };
  return { ok: problems.length === 0, parsed, tree: value.tree, problems, warnings };
}

/** The key a body's tree is stored under: the hash of the body's text. */
export function bodyKeyOf(body: string): string {
  return createHash('sha256').update(body).digest('base64url');
}

type BodyReport = (code: ProblemCode, message: string, line?: number) => void;

// A story readers can see has text, and every image in it is a file this site serves, described.
function checkBody(body: ParsedMarkdown, report: BodyReport) {
  if (body.plainText.trim() === '')
    report(
      'empty-body',
      'expected the story below the front matter, found no text; write the body after the closing "---"',
    );
  for (const image of body.images) {
    const wrong = explainImagePath(image.url, quote(image.url.slice(0, 200)));
    if (wrong) report(wrong.code, wrong.message, image.line);
    else if (!image.alt)
      report(
        'missing-image-alt',
        image.html
          ? `expected alt text for the image ${image.url}: write <img src="${image.url}" alt="what the picture shows">`
          : `expected alt text for the image ${image.url}: write ![what the picture shows](${image.url})`,
        image.line,
      );
  }
}

// A link to another page of this site, written as a path: `/news/x`, not `//host/x` or `https://…`.
function isSiteRelative(url: string): boolean {
  return url.startsWith('/') && !url.startsWith('//');
}

// V8 keeps a slice as a view of the whole string, which would keep every article's full text in memory;
// a JSON round trip makes an exact, independent copy.
function startOf(plainText: string): string {
  return plainText.length > BODY_START_LENGTH
    ? (JSON.parse(JSON.stringify(plainText.slice(0, BODY_START_LENGTH))) as string)
    : plainText;
}

/** Only the body tree of an article file and the start of its text, for a page whose stored tree has gone. */
export function parseArticleBody(file: string, text: string): { tree: Root; bodyStart: string } {
  const source = readSource(file, text);
  const split = source.text === undefined ? undefined : splitFrontMatter(source.text);
  const body = split?.ok ? parseMarkdown(split.body) : undefined;
  return body?.ok
    ? { tree: body.value.tree, bodyStart: startOf(body.value.plainText) }
    : { tree: { type: 'root', children: [] }, bodyStart: '' };
}
