import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { showPath } from '../content/file-stamps';
import { type Placement, type PlacementContext, placeStory } from './place-story';
import { rewriteOldLinks } from './rewrite-old-links';
import { unlinkOldLinks } from './unlink-old-links';
import { STANDING_PAGES } from '../content/standing-pages';
import { htmlToPlainText } from './html-to-markdown';
import { buildArticleFile, buildPageFile, fieldLines, type FieldProblem } from './build-front-matter';
import type { ConvertedBody, ConvertOptions } from './convert-body';
import type { ImageCopier } from './copy-images';
import type { FileWriter } from './file-writer';
import { hashText } from './import-manifest';
import type { ReportEntry, ReportProblem } from './import-report';
import type { SourcePost } from './source-post';

export interface StoryWriterContext extends PlacementContext {
  /** Every story's placement, made before the first is written (placeStory). */
  placed: Map<string, Placement>;
  /** The old site's address: links to it that lead to an imported story are rewritten. */
  baseUrl?: string;
  resolveAttachment?: ConvertOptions['resolveAttachment'];
  /** The author id for a story whose author the map does not know. */
  fallbackAuthor: string;
  writer: FileWriter;
  images: ImageCopier;
  convert: (body: SourcePost['body'], options: ConvertOptions) => ConvertedBody;
  force: boolean;
  /** Sections and authors the written stories use: the run creates those that do not exist yet. */
  used: { sections: Set<string>; authors: Set<string> };
}

const STANDING = new Set<string>(STANDING_PAGES.map((p) => p.slug));
// First segments of this site's own paths a body may link to, besides its sections.
const SITE_PREFIXES = [
  'tags',
  'authors',
  'images',
  'search',
  'archive',
  'series',
  'opinion',
  'corrections',
  'page',
  ...STANDING,
];

/**
 * Writes one source post as this site's file, or leaves it: a post the manifest knows updates its own
 * file (unchanged text is not written again; a file an editor changed since is kept unless `force`);
 * a new one gets a free slug under `articles/<year>/`. Returns the report's entry for it.
 */
export function writeStory(post: SourcePost, ctx: StoryWriterContext): ReportEntry {
  const entry: ReportEntry = {
    sourceId: post.sourceId,
    at: post.at,
    title: post.title,
    action: 'created',
    comments: post.comments,
    problems: [...post.problems],
  };
  const year = /^\d{4}/.exec(post.date)?.[0] ?? '0000';
  const place = ctx.placed.get(post.sourceId) ?? placeStory(post, ctx);
  const bundle = post.assets.length > 0 ? { assets: post.assets, folder: place.slug } : undefined;
  const resolveImage = (src: string) => {
    const found = ctx.images.resolve(src, year, bundle);
    return found.ok ? found.src : undefined;
  };
  const body = ctx.convert(post.body, {
    at: post.body.at,
    resolveImage,
    resolveAttachment: ctx.resolveAttachment,
  });
  entry.problems.push(...body.problems);
  const linked = rewriteOldLinks(body.markdown, ctx.baseUrl, ctx.links);
  const unlinked = unlinkOldLinks(linked, [...ctx.sections, ...SITE_PREFIXES], post.body.at);
  entry.problems.push(...unlinked.problems);
  const { markdown } = unlinked;
  const planned =
    post.kind === 'page' ? planPage(post, markdown, place, ctx) : planArticle(post, markdown, place, ctx);
  if ('skip' in planned) return { ...entry, action: 'skipped', reason: planned.skip };
  const absolute = path.join(ctx.contentDir, planned.relative);
  entry.path = showPath(absolute);
  const lines = fieldLines(planned.text);
  entry.problems.push(...planned.problems.map((p) => withOutput(p, entry.path ?? '', lines)));
  const known = ctx.manifest.entries[post.sourceId];
  const current = existsSync(absolute) ? readFileSync(absolute, 'utf8') : undefined;
  if (known && !ctx.force) {
    if (current === undefined)
      return { ...entry, action: 'kept', reason: 'deleted since the last import; --force writes it again' };
    if (hashText(current) !== known.sha)
      return {
        ...entry,
        action: 'kept',
        reason: 'changed by an editor since the last import; --force overwrites it',
      };
  }
  if (current === planned.text) {
    ctx.manifest.entries[post.sourceId] = { path: planned.relative, sha: hashText(current) };
    return { ...entry, action: 'unchanged' };
  }
  ctx.writer.writeFile(absolute, planned.text);
  ctx.manifest.entries[post.sourceId] = { path: planned.relative, sha: hashText(planned.text) };
  return { ...entry, action: known || current !== undefined ? 'updated' : 'created' };
}

function planArticle(
  post: SourcePost,
  markdown: string,
  place: Placement,
  ctx: StoryWriterContext,
): { relative: string; text: string; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [...place.problems];
  const add = (field: string, severity: 'fix' | 'note', code: string, message: string) =>
    problems.push({ ...post.at, field, severity, code, message });
  const year = /^\d{4}/.exec(post.date)?.[0] ?? '0000';
  const authors = [
    ...new Set(post.authors.map((a) => ctx.map.authors.get(a)).filter((a): a is string => Boolean(a))),
  ];
  if (authors.length === 0) {
    authors.push(ctx.fallbackAuthor);
    if (post.authors.length === 0)
      add('author', 'note', 'no-author', `had no author; credited to ${ctx.fallbackAuthor}`);
    else
      add(
        'author',
        'fix',
        'unknown-author',
        `its author (${post.authors.join(', ')}) is not in the mapping file; credited to ${ctx.fallbackAuthor}`,
      );
  }
  const tags = post.tags.map((t) => ctx.map.tags.get(t) ?? t).filter((t) => t !== '');
  let image: { src: string; alt: string; caption?: string } | undefined;
  if (post.image) {
    const found = ctx.images.resolve(
      post.image.src,
      year,
      post.assets.length > 0 ? { assets: post.assets, folder: place.slug } : undefined,
    );
    if (!found.ok) add('image', 'fix', found.code, `featured image left out: ${found.message}`);
    else if (found.width !== undefined && found.width < 600)
      add(
        'image',
        'note',
        'image-too-small',
        `featured image ${found.src} is ${found.width} px wide, under the 600 px a lead image needs; left out of the lead (the file is in public/)`,
      );
    else {
      const alt = post.image.alt?.trim() || post.image.caption?.trim();
      if (!post.image.alt?.trim())
        add(
          'imageAlt',
          'fix',
          'guessed-image-alt',
          `the featured image had no alt text; "${alt ?? 'Photo'}" was used: describe the picture`,
        );
      image = {
        src: found.src,
        alt: alt || 'Photo',
        ...(post.image.caption && { caption: post.image.caption }),
      };
      if (found.width !== undefined && found.width < 1200)
        add(
          'image',
          'note',
          'image-too-narrow',
          `featured image ${found.src} is ${found.width} px wide; Google Discover wants 1,200`,
        );
    }
  }
  let draft = post.status === 'draft';
  let body = markdown;
  if (!htmlToPlainText(markdown).text.replace(/[\s*_#>-]/g, '')) {
    body = '_This story had no text on the old site._';
    if (!draft)
      add(
        'draft',
        'fix',
        'empty-body',
        'the story had no text; imported as a draft: write it, or delete the file',
      );
    draft = true;
  }
  ctx.used.sections.add(place.section);
  for (const author of authors) ctx.used.authors.add(author);
  const built = buildArticleFile(
    post,
    { section: place.section, authors, tags, ...(image && { image }), aliases: place.aliases, draft },
    body,
  );
  return { relative: place.relative, text: built.text, problems: [...problems, ...built.problems] };
}

function planPage(
  post: SourcePost,
  markdown: string,
  place: Placement,
  ctx: StoryWriterContext,
): { relative: string; text: string; problems: FieldProblem[] } | { skip: string } {
  if (post.status !== 'published')
    return { skip: 'a page that was not public on the old site (pages here have no drafts)' };
  const known = ctx.manifest.entries[post.sourceId];
  const { relative } = place;
  if (!known && existsSync(path.join(ctx.contentDir, relative)))
    return {
      skip: `content/${relative} is already there (not from an import); map this page to another name in the mapping file's pages:, or merge it by hand`,
    };
  const description = post.summary || htmlToPlainText(markdown).text.slice(0, 300) || post.title;
  const problems: FieldProblem[] = [];
  if (!STANDING.has(path.basename(relative, '.md')))
    problems.push({
      ...post.at,
      severity: 'fix',
      code: 'page-not-shown',
      message: `this site shows only its standing pages (${[...STANDING].join(', ')}); content/${relative} has no address: map it to one of them in the mapping file's pages:, or make it an article`,
    });
  if (post.aliases.length > 0)
    problems.push({
      ...post.at,
      severity: 'note',
      code: 'page-alias',
      message: `old addresses of a page (${post.aliases.join(', ')}) do not redirect: only articles carry aliases`,
    });
  return { relative, text: buildPageFile(post, description, markdown), problems };
}

function withOutput(problem: FieldProblem, file: string, lines: Map<string, number>): ReportProblem {
  const { field, ...rest } = problem;
  return { ...rest, output: { file, ...(field && lines.has(field) && { line: lines.get(field) }) } };
}
