import { explainContentDate, parseContentDate } from '../dates/parse-content-date';
import { quote } from '../text/quote';
import type { LeadImage, Tag } from './article';
import { describeIssue, formatFieldPath } from './describe-issue';
import {
  ARTICLE_TYPES,
  type ArticleType,
  CORRECTION_KINDS,
  type CorrectionKind,
  type FrontMatter,
  frontMatterSchema,
  type LiveStatus,
  type ReviewedType,
} from './front-matter-schema';
import { explainImagePath } from './image-path';
import type { ContentProblem, ProblemCode } from './problem';
import { slugify } from './slugify';
import { aliasKey } from './aliases';

export interface ArticleContext {
  timeZone: string;
  authorIds: ReadonlySet<string>;
  sectionSlugs: ReadonlySet<string>;
}

/** The front matter as the rest of the site uses it; with problems, the best reading of what was written. */
export interface ArticleFields {
  slug: string;
  title: string;
  section: string;
  authors: string[];
  tags: Tag[];
  summary?: string;
  /** ISO 8601 instant, or '' when the date could not be read. */
  date: string;
  updated?: string;
  image?: LeadImage;
  draft: boolean;
  featured: boolean;
  related: string[];
  /** As written: parse-article reads each text's Markdown. */
  corrections: { date: string; kind: CorrectionKind; text: string }[];
  type: ArticleType;
  /** Live stories only: whether the coverage goes on. */
  live?: { status: LiveStatus };
  sponsor?: string;
  reviewed?: { name: string; type: ReviewedType };
  series?: string;
  aliases?: string[];
  removed?: { date: string; reason?: string };
}

type Report = (field: string, code: ProblemCode, message: string, line?: number) => void;

/**
 * Validates parsed front matter against the schema and the rest of the content (authors, sections),
 * reporting every problem; `fileStem` is the file's name, the slug when none is given. Fields come
 * back even when some are wrong, so the body and links of a broken article are checked too.
 */
export function readFrontMatter(
  data: unknown,
  fileStem: string,
  context: ArticleContext,
  report: Report,
  lineOf: (field: string) => number | undefined = () => undefined,
): ArticleFields {
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys)
          report(
            key,
            'unknown-field',
            `expected one of the fields in the README's content contract, found ${quote(key)}`,
          );
        continue;
      }
      const field = formatFieldPath(issue.path) || 'front-matter';
      // Dates are told in words by readDate below, whatever YAML made of them.
      if (field !== 'date' && field !== 'updated') report(field, 'invalid-field', describeIssue(issue, data));
    }
  }
  const fm = parsed.success ? parsed.data : bestReading(data);
  return checkFields(fm, fileStem, context, report, lineOf);
}

function checkFields(
  fm: FrontMatter,
  fileStem: string,
  context: ArticleContext,
  report: Report,
  lineOf: (field: string) => number | undefined,
): ArticleFields {
  const readDate = (field: string, value: string | undefined, required = false): Date | undefined => {
    if (value === undefined || value === '') {
      if (required)
        report(
          field,
          'invalid-date',
          'expected an ISO 8601 date such as 2026-03-14 or 2026-03-14T09:30; the field is required',
        );
      return undefined;
    }
    const date = parseContentDate(value, context.timeZone);
    if (!date)
      report(
        field,
        'invalid-date',
        explainContentDate(value) ?? `expected an ISO 8601 date, found ${quote(value)}`,
      );
    return date;
  };
  const date = readDate('date', fm.date, true);
  const updated = readDate('updated', fm.updated);
  if (date && updated && updated < date)
    report(
      'updated',
      'updated-before-date',
      `expected a time on or after date (${fm.date}), found ${quote(fm.updated ?? '')}`,
    );
  const corrections = fm.corrections.map((c, i) => {
    const at = readDate(`corrections[${i}].date`, c.date);
    if (at && date && at < date)
      report(
        `corrections[${i}].date`,
        'invalid-date',
        `expected a date on or after the story's date (${fm.date}): a note follows publication, found ${quote(c.date)}`,
      );
    return { date: at?.toISOString() ?? c.date, kind: c.kind, text: c.text };
  });

  const authors = [...new Set(fm.author.map((id) => id.trim()))];
  const validAuthors = [...context.authorIds].sort().join(', ');
  authors.forEach((id, i) => {
    if (!context.authorIds.has(id))
      report(
        authors.length > 1 ? `author[${i}]` : 'author',
        'unknown-author',
        `expected an id from content/authors/ (${validAuthors}), found ${quote(id)}`,
      );
  });
  if (fm.section && !context.sectionSlugs.has(fm.section))
    report(
      'section',
      'unknown-section',
      `expected a section from content/sections.yaml (${[...context.sectionSlugs].join(', ')}), found ${quote(fm.section)}`,
    );

  const imageProblem = fm.image === undefined ? undefined : explainImagePath(fm.image, quote(fm.image));
  if (imageProblem) report('image', imageProblem.code, imageProblem.message);
  if (fm.image && !fm.imageAlt)
    report(
      'imageAlt',
      'missing-image-alt',
      `expected alt text describing ${fm.image} for readers who cannot see it; the field is required with image`,
      lineOf('imageAlt') ?? lineOf('image'),
    );

  if (fm.live && fm.type !== 'live')
    report(
      'live',
      'invalid-field',
      `expected live only on a live story: add "type: live" or remove live, found type ${quote(fm.type)}`,
    );

  if (fm.type === 'sponsored' && !fm.sponsor)
    report(
      'sponsor',
      'invalid-field',
      'expected the name of who paid for this sponsored story (sponsor: …); readers are told it with the "Sponsored" label',
      lineOf('type'),
    );
  if (fm.sponsor && fm.type !== 'sponsored')
    report(
      'sponsor',
      'invalid-field',
      `expected sponsor only on a sponsored story: add "type: sponsored" or remove sponsor, found type ${quote(fm.type)}`,
    );
  if (fm.reviewed && fm.type !== 'review')
    report(
      'reviewed',
      'invalid-field',
      `expected reviewed only on a review: add "type: review" or remove reviewed, found type ${quote(fm.type)}`,
    );

  if (fm.imageFocus && !fm.image)
    report('imageFocus', 'invalid-field', 'expected imageFocus only with image: it says where in the photo its subject is');

  const aliases = fm.aliases.flatMap((alias, i) => {
    const key = aliasKey(alias);
    if (typeof key === 'string') return [key];
    report(`aliases[${i}]`, 'invalid-field', `expected an old slug or an old path of this site, found ${quote(alias)} (${key.why})`);
    return [];
  });
  const removedAt = fm.removed && readDate('removed.date', fm.removed.date, true);
  const removed = fm.removed && {
    date: removedAt?.toISOString() ?? fm.removed.date,
    ...(fm.removed.reason && { reason: fm.removed.reason }),
  };

  const slug = slugify(fm.slug ?? fileStem);
  if (!slug)
    report(
      fm.slug ? 'slug' : 'file',
      'unsafe-slug',
      `expected a slug with letters or digits, found ${quote(fm.slug ?? fileStem)}`,
    );
  return {
    slug,
    title: fm.title,
    section: fm.section,
    authors,
    tags: uniqueTags(fm.tags),
    summary: fm.summary,
    date: date?.toISOString() ?? '',
    updated: updated?.toISOString(),
    image:
      fm.image && fm.imageAlt && !imageProblem
        ? {
            src: fm.image,
            alt: fm.imageAlt,
            caption: fm.imageCaption,
            credit: fm.imageCredit,
            ...(fm.imageFocus && { focus: fm.imageFocus }),
          }
        : undefined,
    draft: fm.draft,
    featured: fm.featured,
    related: fm.related.map((s) => slugify(s)),
    corrections,
    type: fm.type,
    ...(fm.type === 'live' && { live: { status: fm.live?.status ?? 'live' } }),
    ...(fm.type === 'sponsored' && fm.sponsor && { sponsor: fm.sponsor }),
    ...(fm.series && { series: fm.series }),
    ...(fm.type === 'review' && fm.reviewed && { reviewed: fm.reviewed }),
    ...(aliases.length > 0 && { aliases }),
    ...(removed && { removed }),
  };
}

// Front matter the schema refused still says where the story lives and who wrote it; reading what
// has the right type lets the rest of the checks run on it (its links, images, duplicate slugs).
function bestReading(data: unknown): FrontMatter {
  const raw = (data !== null && typeof data === 'object' ? data : {}) as Record<string, unknown>; // only read through the type checks below
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  // YAML reads `date: 2026` as a number; the date check then says what it found.
  const dateText = (value: unknown) => (value === undefined || value === null ? undefined : String(value));
  const texts = (value: unknown) =>
    (Array.isArray(value) ? value : [value]).filter(
      (v): v is string => typeof v === 'string' && v.trim() !== '',
    );
  return {
    title: text(raw.title),
    date: dateText(raw.date) ?? '',
    updated: dateText(raw.updated),
    author: texts(raw.author),
    section: text(raw.section),
    slug: typeof raw.slug === 'string' ? raw.slug : undefined,
    tags: texts(raw.tags),
    summary: typeof raw.summary === 'string' ? raw.summary : undefined,
    image: typeof raw.image === 'string' ? raw.image : undefined,
    imageAlt: typeof raw.imageAlt === 'string' ? raw.imageAlt : undefined,
    draft: raw.draft === true,
    featured: raw.featured === true,
    related: texts(raw.related),
    corrections: (Array.isArray(raw.corrections) ? raw.corrections : []).flatMap((note: unknown) => {
      const n = (note !== null && typeof note === 'object' ? note : {}) as Record<string, unknown>; // read through the type checks below
      return typeof n.text === 'string' && n.text.trim()
        ? [
            {
              date: dateText(n.date) ?? '',
              text: n.text.trim(),
              kind: CORRECTION_KINDS.find((kind) => kind === n.kind) ?? 'correction',
            },
          ]
        : [];
    }),
    type: ARTICLE_TYPES.find((type) => type === raw.type) ?? 'news',
    sponsor: typeof raw.sponsor === 'string' && raw.sponsor.trim() ? raw.sponsor.trim() : undefined,
    aliases: texts(raw.aliases),
  };
}

function uniqueTags(names: readonly string[]): Tag[] {
  const bySlug = new Map<string, Tag>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, { slug, name: name.trim() });
  }
  return [...bySlug.values()];
}
