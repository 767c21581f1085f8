import type { ImportProblem, SourcePost } from '../source-post';
import { dedentHtmlBlocks } from './dedent-html-blocks';
import { normalizeDate } from './normalize-date';
import { readPostDate } from './read-post-date';
import { decode, keyLine, titleOfSlug } from './source-text';
import { oldPermalink } from './old-permalink';
import type { Placement } from './place-source-file';
import { htmlToText, markdownToText } from './plain-text';
import { readFrontMatterFields } from './read-front-matter-fields';
import type { Generator, SiteFile, SiteSettings } from './site-types';
import { splitSourceFrontMatter } from './split-source-front-matter';

/** A post read from its file, before its kind is settled across its section and its tags converted. */
export interface PostDraft {
  post: SourcePost;
  placement: Placement;
  /** The old address computed from the site's config, also the first of `post.aliases`. */
  permalink: string;
  /** The date came from the front matter or the file name (not from the file's time). */
  dated: boolean;
}

export interface PostContext {
  generator: Generator;
  settings: SiteSettings;
  /** The file as the editor names it: the site folder they gave, then the path inside it. */
  shownPath: string;
  now: Date;
}

export type PostResult = { ok: true; draft: PostDraft } | { ok: false; problem: ImportProblem };

// Eleventy's collection names, which it reads from `tags` but which are no topic.
const COLLECTION_TAGS = new Set(['post', 'posts', 'all']);

/**
 * Reads one Markdown file of a static site into a SourcePost: front matter mapped (see
 * readFrontMatterFields), title and summary reduced to plain text, status from draft flags and the
 * date (after `now` is scheduled), the old address computed and added to `aliases`. Front matter
 * that does not parse is a problem with its line, and the file is not read.
 */
export function readPostFile(file: SiteFile, placement: Placement, context: PostContext): PostResult {
  const { generator, settings, shownPath } = context;
  const text = file.text ?? '';
  const split = splitSourceFrontMatter(text);
  const problem = (
    severity: ImportProblem['severity'],
    code: string,
    message: string,
    line?: number,
  ): ImportProblem => ({ severity, code, file: shownPath, line, message });
  if (!split.ok)
    return {
      ok: false,
      problem: problem(
        'fix',
        'front-matter-syntax',
        `${split.message}; the file was not imported`,
        split.line,
      ),
    };
  if (generator === 'jekyll' && placement.kind === 'page' && !split.language)
    return {
      ok: false,
      problem: problem(
        'note',
        'no-front-matter',
        'Jekyll copies a file without front matter as it is, so it is no page of the site and was not imported',
        1,
      ),
    };
  const fields = readFrontMatterFields(split.data, generator);
  const lineOf = (key?: string) => keyLine(text, split.bodyLine, key);
  const problems: ImportProblem[] = [];
  const title = htmlToText(
    fields.title ??
      (generator === 'jekyll' && placement.kind === 'article' ? titleOfSlug(placement.name) : ''),
  );
  if (fields.title !== undefined && title !== fields.title.trim())
    problems.push(
      problem(
        'note',
        'markup-in-title',
        `the title's markup and entities were reduced to its text: ${JSON.stringify(fields.title)} became ${JSON.stringify(title)}`,
        lineOf('title'),
      ),
    );
  const { date, dated, status } = readPostDate(fields, placement, file, {
    generator,
    timeZone: settings.timeZone ?? 'UTC',
    now: context.now,
    problems,
    problem: (severity, code, message, key) => problem(severity, code, message, key ? lineOf(key) : 1),
  });
  const featured = fields.featured || (fields.weight !== undefined && placement.kind !== 'page');
  if (!fields.featured && featured)
    problems.push(
      problem(
        'note',
        'weight-as-featured',
        `weight ${fields.weight} was read as featured; remove "featured: true" if it only ordered the old site's lists`,
        lineOf('weight'),
      ),
    );
  const slug = decode(fields.slug ?? placement.name);
  const categories = [...new Set([...placement.sections, ...fields.categories])].filter(Boolean);
  const permalink = oldPermalink(generator, settings, {
    placement,
    date,
    title,
    slug: fields.slug,
    url: fields.url,
    categories,
  });
  // A relative alias (Hugo's) is a path beside the post's folder on the old site, not a bare old slug.
  const folder = `${settings.basePath}/${placement.route.split('/').slice(0, -1).join('/')}/`.replace(
    /\/{2,}/g,
    '/',
  );
  const aliases = fields.aliases.map((alias) =>
    alias.startsWith('/') || /^[a-z]+:/i.test(alias) ? alias : `${folder}${alias}`,
  );
  if (fields.url && /[{}]/.test(fields.url))
    problems.push(
      problem(
        'note',
        'permalink-template',
        `the address ${JSON.stringify(fields.url)} is a template the importer does not run, so the address from the file's path was used as the old one`,
        lineOf('permalink') ?? lineOf('url'),
      ),
    );
  const format = /\.html?$/i.test(file.path) ? 'html' : 'markdown';
  const body =
    format === 'html'
      ? { markdown: split.body, problems: [] }
      : dedentHtmlBlocks(split.body, { file: shownPath, line: split.bodyLine });
  const post: SourcePost = {
    sourceId: `md:${file.path}`,
    kind: placement.kind === 'page' ? 'page' : 'article',
    title,
    slug,
    date,
    ...(normalizeDate(fields.updated) && { updated: normalizeDate(fields.updated) }),
    status,
    authors: [...new Set(fields.authors.map((author) => author.key))],
    categories,
    tags: generator === 'eleventy' ? fields.tags.filter((tag) => !COLLECTION_TAGS.has(tag)) : fields.tags,
    ...(fields.summary && { summary: markdownToText(fields.summary) }),
    featured,
    ...(fields.image && { image: fields.image }),
    // A draft or a story not yet published never had an address on the old site.
    aliases: [...new Set([...(status === 'published' ? [permalink] : []), ...aliases])],
    body: { format, text: body.markdown, at: { file: shownPath, line: split.bodyLine } },
    assets: [],
    comments: 0,
    problems: [...problems, ...body.problems],
    at: { file: shownPath, line: 1 },
  };
  return { ok: true, draft: { post, placement, permalink, dated } };
}
