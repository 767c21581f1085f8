import { parseContentDate } from '../dates/parse-content-date';
import { countWords, extractBodyText, truncateAtWord } from '../markdown/extract-text';
import type { ParsedArticle, Tag } from './article';
import { describeIssue, formatFieldPath } from './describe-issue';
import { findKeyLines } from './front-matter-lines';
import { frontMatterSchema, isLocalImagePath } from './front-matter-schema';
import type { ContentProblem, Result } from './problem';
import { slugify } from './slugify';
import { splitFrontMatter } from './split-front-matter';

export const MAX_ARTICLE_CHARS = 2_000_000;
const WORDS_PER_MINUTE = 230;
const SUMMARY_LENGTH = 200;
export const BODY_START_LENGTH = 1_500;

export interface ArticleContext {
  timeZone: string;
  authorIds: ReadonlySet<string>;
  sectionSlugs: ReadonlySet<string>;
}

/**
 * Parses and validates one article file, reporting every problem in it at once.
 * `file` is the path shown to editors; `text` the file's contents.
 */
export function parseArticle(file: string, text: string, context: ArticleContext): Result<ParsedArticle> {
  const problem = (
    field: string,
    code: ContentProblem['code'],
    message: string,
    line?: number,
    column?: number,
  ) => ({ file, field, code, message, line, column }) satisfies ContentProblem;

  if (text.length > MAX_ARTICLE_CHARS) {
    return {
      ok: false,
      problems: [
        problem(
          'file',
          'file-too-large',
          `expected at most ${MAX_ARTICLE_CHARS / 1_000_000} million characters, found ${(text.length / 1_000_000).toFixed(1)} million`,
        ),
      ],
    };
  }
  if (text.includes('\uFFFD')) {
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    return {
      ok: false,
      problems: [
        problem(
          'file',
          'invalid-encoding',
          'expected UTF-8 text; found bytes that are not UTF-8 (save the file as UTF-8)',
          line,
        ),
      ],
    };
  }
  const normalised = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const split = splitFrontMatter(normalised);
  if (!split.ok)
    return {
      ok: false,
      problems: [problem('front-matter', split.code, split.message, split.line, split.column)],
    };

  const keyLines = findKeyLines(split.frontMatter);
  const lineOf = (field: string) => keyLines.get(field.split(/[.[]/)[0] ?? field);
  const parsed = frontMatterSchema.safeParse(split.data ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.flatMap((issue) => {
        if (issue.code === 'unrecognized_keys') {
          return issue.keys.map((key) =>
            problem(
              key,
              'unknown-field',
              `expected one of the fields in the README's content contract, found "${key}"`,
              lineOf(key),
            ),
          );
        }
        const field = formatFieldPath(issue.path) || 'front-matter';
        const code = field === 'date' || field === 'updated' ? 'invalid-date' : 'invalid-field';
        return [problem(field, code, describeIssue(issue, split.data), lineOf(field))];
      }),
    };
  }

  const fm = parsed.data;
  const problems: ContentProblem[] = [];
  const date = parseContentDate(fm.date, context.timeZone);
  if (!date)
    problems.push(
      problem(
        'date',
        'invalid-date',
        `expected an ISO 8601 date such as 2026-03-14 or 2026-03-14T09:30, found "${fm.date}"`,
        lineOf('date'),
      ),
    );
  const updated = fm.updated === undefined ? undefined : parseContentDate(fm.updated, context.timeZone);
  if (fm.updated !== undefined && !updated)
    problems.push(
      problem(
        'updated',
        'invalid-date',
        `expected an ISO 8601 date such as 2026-03-14T17:00, found "${fm.updated}"`,
        lineOf('updated'),
      ),
    );
  if (date && updated && updated < date)
    problems.push(
      problem(
        'updated',
        'updated-before-date',
        `expected a time on or after date (${fm.date}), found "${fm.updated}"`,
        lineOf('updated'),
      ),
    );
  fm.corrections.forEach((c, i) => {
    if (!parseContentDate(c.date, context.timeZone))
      problems.push(
        problem(
          `corrections[${i}].date`,
          'invalid-date',
          `expected an ISO 8601 date, found "${c.date}"`,
          lineOf('corrections'),
        ),
      );
  });

  const authors = fm.author.map((id) => id.trim());
  authors.forEach((id, i) => {
    if (!context.authorIds.has(id)) {
      const field = Array.isArray(parsed.data.author) && authors.length > 1 ? `author[${i}]` : 'author';
      problems.push(
        problem(
          field,
          'unknown-author',
          `expected an id from content/authors/ (${[...context.authorIds].sort().join(', ')}), found "${id}"`,
          lineOf('author'),
        ),
      );
    }
  });
  if (!context.sectionSlugs.has(fm.section)) {
    problems.push(
      problem(
        'section',
        'unknown-section',
        `expected a section from content/sections.yaml (${[...context.sectionSlugs].join(', ')}), found "${fm.section}"`,
        lineOf('section'),
      ),
    );
  }
  if (fm.image && !fm.imageAlt) {
    problems.push(
      problem(
        'imageAlt',
        'missing-image-alt',
        `expected alt text describing ${fm.image} for readers who cannot see it; the field is required with image`,
        lineOf('image'),
      ),
    );
  }

  const fileStem =
    file
      .split('/')
      .pop()
      ?.replace(/\.(md|markdown)$/i, '') ?? '';
  const slug = slugify(fm.slug ?? fileStem);
  if (!slug)
    problems.push(
      problem(
        fm.slug ? 'slug' : 'file',
        'unsafe-slug',
        `expected a slug with letters or digits, found "${fm.slug ?? fileStem}"`,
        fm.slug ? lineOf('slug') : undefined,
      ),
    );
  if (problems.length > 0 || !date) return { ok: false, problems };

  const body = extractBodyText(split.body);
  const bodyImages = body.images.map((image) => ({
    ...image,
    line: image.line && split.bodyLine + image.line - 1,
  }));
  for (const image of bodyImages) {
    if (!isLocalImagePath(image.src))
      problems.push(
        problem(
          'body',
          'invalid-field',
          `expected an image path under public/ such as /images/chart.png, found "${image.src.slice(0, 80)}"`,
          image.line,
        ),
      );
    else if (!image.alt)
      problems.push(
        problem(
          'body',
          'missing-image-alt',
          `expected alt text for the image ${image.src}: write ![what the picture shows](${image.src})`,
          image.line,
        ),
      );
  }
  if (problems.length > 0) return { ok: false, problems };
  const wordCount = countWords(body.plainText);
  const tags = uniqueTags(fm.tags);
  return {
    ok: true,
    value: {
      article: {
        slug,
        file,
        title: fm.title,
        section: fm.section,
        authors: [...new Set(authors)],
        tags,
        summary: fm.summary ?? truncateAtWord(body.firstParagraph, SUMMARY_LENGTH),
        date: date.toISOString(),
        updated: updated?.toISOString(),
        bodyImages,
        image:
          fm.image && fm.imageAlt
            ? { src: fm.image, alt: fm.imageAlt, caption: fm.imageCaption, credit: fm.imageCredit }
            : undefined,
        draft: fm.draft,
        featured: fm.featured,
        related: fm.related.map((s) => slugify(s)),
        corrections: fm.corrections.map((c) => ({
          date: parseContentDate(c.date, context.timeZone)?.toISOString() ?? c.date,
          text: c.text,
        })),
        wordCount,
        readingMinutes: Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)),
        linksTo: [],
      },
      bodyStart: startOf(body.plainText),
      internalLinks: body.internalLinks.map((link) => ({
        url: link.url,
        line: link.line && split.bodyLine + link.line - 1,
      })),
      fieldLines: keyLines,
    },
  };
}

// V8 keeps a slice as a view of the whole string, which would keep every article's full text in memory;
// a JSON round trip makes an exact, independent copy.
function startOf(plainText: string): string {
  return plainText.length > BODY_START_LENGTH
    ? (JSON.parse(JSON.stringify(plainText.slice(0, BODY_START_LENGTH))) as string)
    : plainText;
}

function uniqueTags(names: readonly string[]): Tag[] {
  const bySlug = new Map<string, Tag>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, { slug, name: name.trim() });
  }
  return [...bySlug.values()];
}
