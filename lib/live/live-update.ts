import type { Root } from 'hast';
import { z } from 'zod';
import type { BodyImage } from '../content/article';
import { describeIssue, formatFieldPath } from '../content/describe-issue';
import { findKeyLines } from '../content/front-matter-lines';
import { listOf, MAX_TITLE_LENGTH, text } from '../content/front-matter-schema';
import { explainImagePath } from '../content/image-path';
import type { ContentProblem, ProblemCode } from '../content/problem';
import { readSource } from '../content/read-source';
import { slugify } from '../content/slugify';
import { splitFrontMatter } from '../content/split-front-matter';
import { explainContentDate, parseContentDate } from '../dates/parse-content-date';
import { parseMarkdown } from '../markdown/parse-markdown';
import { quote } from '../text/quote';

/** The front matter of one update file under `content/live/<story>/`. */
export const updateSchema = z.strictObject({
  time: z.string({ error: 'expected an ISO 8601 time such as 2026-12-01T09:14' }),
  author: listOf(text(80)).optional(),
  title: text(MAX_TITLE_LENGTH).optional(),
  key: z.boolean().default(false),
  pinned: z.boolean().default(false),
});

/** One update of a live story, as its page, feeds and structured data show it. */
export interface LiveUpdate {
  /** From the file's name (`2026-12-01T0914-fire.md` → `2026-12-01t0914-fire`): its anchor, `#update-<id>`. */
  id: string;
  file: string;
  /** ISO 8601 instant. */
  time: string;
  /** Author ids; the story's first author when the file names none. */
  authors: string[];
  title?: string;
  key: boolean;
  pinned: boolean;
  /** The sanitised body, as an article's. */
  tree: Root;
  /** The body as plain text, for feeds' summaries and the structured data. */
  text: string;
  images: BodyImage[];
  /** Site-relative links, checked against the router by the desk. */
  links: { url: string; line?: number }[];
  /** The file lines of `time` and `pinned`, for problems about them. */
  timeLine?: number;
  pinnedLine?: number;
}

/**
 * What an update is called on its page and in its structured data: its title, or "Update at 09:14
 * GMT" (the page gives untitled updates that heading, for screen readers' heading lists).
 */
export function updateHeading(update: Pick<LiveUpdate, 'title'>, time: string): string {
  return update.title ?? `Update at ${time}`;
}

/** An update file as read: the update (absent when it could not be), its problems and its warnings. */
export interface UpdateParse {
  update?: LiveUpdate;
  problems: ContentProblem[];
  /** What the article pipeline warns of too (invisible characters…): reported, never refused. */
  warnings: ContentProblem[];
}

/**
 * What a search finds a live story by, beyond its own text: its updates' titles and text, newest
 * first, as they read.
 * @example liveSearchText([{ title: 'Bridge shut', text: 'The Tyne Bridge is closed.' }]) // 'Bridge shut. The Tyne Bridge is closed.'
 */
export function liveSearchText(updates: ReadonlyArray<Pick<LiveUpdate, 'title' | 'text'>>): string {
  return updates
    .map((update) => (update.title ? `${update.title}. ${update.text}` : update.text))
    .join('\n\n');
}

export interface UpdateContext {
  timeZone: string;
  authorIds: ReadonlySet<string>;
}

/**
 * Reads one update file with the article pipeline's pieces (the same source checks, front-matter
 * splitter, Markdown parser and image rules), reporting every problem in it.
 */
export function parseLiveUpdate(file: string, source: string, context: UpdateContext): UpdateParse {
  const problems: ContentProblem[] = [];
  const read = readSource(file, source);
  const { warnings } = read;
  problems.push(...read.problems);
  if (read.text === undefined) return { problems, warnings };
  const split = splitFrontMatter(read.text);
  if (!split.ok) {
    const { code, message, line, column } = split;
    return {
      problems: [...problems, { file, field: 'front-matter', code, message, line, column }],
      warnings,
    };
  }
  const lines = findKeyLines(split.frontMatter);
  const report = (field: string, code: ProblemCode, message: string, line?: number) =>
    problems.push({ file, field, code, message, line: line ?? lines.get(field.split(/[.[]/)[0] ?? field) });

  const parsed = updateSchema.safeParse(split.data);
  if (!parsed.success)
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys')
        for (const key of issue.keys)
          report(key, 'unknown-field', `expected time, author, title, key or pinned, found ${quote(key)}`);
      else
        report(
          formatFieldPath(issue.path) || 'front-matter',
          'invalid-field',
          describeIssue(issue, split.data),
        );
    }
  const fields = parsed.success ? parsed.data : undefined;
  // When the schema refused a field, what has the right type is still checked, so one run says everything.
  const raw = (split.data !== null && typeof split.data === 'object' ? split.data : {}) as Record<
    string,
    unknown
  >; // read through the type checks below
  const timeText = fields?.time ?? (typeof raw.time === 'string' ? raw.time : undefined);
  const time = timeText === undefined ? undefined : parseContentDate(timeText, context.timeZone);
  if (timeText !== undefined && !time)
    report(
      'time',
      'invalid-date',
      explainContentDate(timeText) ?? `expected an ISO 8601 time, found ${quote(timeText)}`,
    );
  const authorText = fields?.author ?? (Array.isArray(raw.author) ? raw.author : [raw.author]);
  const authors = [
    ...new Set(authorText.filter((id): id is string => typeof id === 'string').map((id) => id.trim())),
  ];
  for (const id of authors)
    if (!context.authorIds.has(id))
      report(
        'author',
        'unknown-author',
        `expected an id from content/authors/ (${[...context.authorIds].sort().join(', ')}), found ${quote(id)}`,
      );

  const body = parseMarkdown(split.body);
  const fileLine = (line: number | undefined) => line && split.bodyLine + line - 1;
  if (!body.ok) {
    report('body', 'too-complex', body.message, fileLine(body.line));
    return { problems, warnings };
  }
  if (body.value.plainText.trim() === '' && body.value.images.length === 0)
    report('body', 'empty-body', 'expected the update below the front matter, found no text');
  for (const image of body.value.images) {
    const wrong = explainImagePath(image.url, quote(image.url.slice(0, 200)));
    if (wrong) report('body', wrong.code, wrong.message, fileLine(image.line));
    else if (!image.alt)
      report(
        'body',
        'missing-image-alt',
        `expected alt text for the image ${image.url}: write ![what the picture shows](${image.url})`,
        fileLine(image.line),
      );
  }
  const stem =
    file
      .split('/')
      .pop()
      ?.replace(/\.(md|markdown)$/i, '') ?? '';
  const id = slugify(stem);
  if (!id) report('file', 'unsafe-slug', `expected a file name with letters or digits, found ${quote(stem)}`);
  if (!fields || !time || !id) return { problems, warnings };
  return {
    update: {
      id,
      file,
      time: time.toISOString(),
      authors,
      title: fields.title,
      key: fields.key,
      pinned: fields.pinned,
      tree: body.value.tree,
      text: body.value.plainText,
      images: body.value.images
        .filter((image) => !explainImagePath(image.url, ''))
        .map((image) => ({ src: image.url, alt: image.alt, line: fileLine(image.line) })),
      links: body.value.links
        .filter((link) => link.url.startsWith('/') && !link.url.startsWith('//'))
        .map((link) => ({ url: link.url, line: fileLine(link.line) })),
      timeLine: lines.get('time'),
      pinnedLine: lines.get('pinned'),
    },
    problems,
    warnings,
  };
}
