import yaml from 'js-yaml';
import { findKeyLines } from '../content/front-matter-lines';
import { MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from '../content/front-matter-schema';
import { slugify } from '../content/slugify';
import { truncateAtWord } from '../text/truncate';
import type { ImportProblem, SourcePost } from './source-post';

/** A problem with the field it is about, so the report can give its line in the written file. */
export type FieldProblem = ImportProblem & { field?: string };

const MAX_TAGS = 30;

/** What the writer decided for a story before its front matter is written. */
export interface StoryDecisions {
  section: string;
  authors: string[];
  /** Tags as this site writes them, after the mapping file. */
  tags: string[];
  image?: { src: string; alt: string; caption?: string };
  aliases: string[];
  draft: boolean;
}

/**
 * An imported article's file text: front matter the content schema accepts (title and summary cut to
 * their limits, at most 30 tags, a title for a story without one), then the Markdown body; and a
 * problem for everything changed on the way, each naming its field.
 */
export function buildArticleFile(
  post: SourcePost,
  decided: StoryDecisions,
  body: string,
): { text: string; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  const add = (field: string, severity: 'fix' | 'note', code: string, message: string) =>
    problems.push({ ...post.at, field, severity, code, message });
  let title = post.title.trim();
  if (!title) {
    title = `Untitled (${post.sourceId})`;
    add('title', 'fix', 'no-title', `the story had no title; it is "${title}" until you write one`);
  } else if (title.length > MAX_TITLE_LENGTH) {
    title = truncateAtWord(title, MAX_TITLE_LENGTH);
    add(
      'title',
      'fix',
      'title-cut',
      `the title was over ${MAX_TITLE_LENGTH} characters and was cut; write a shorter one`,
    );
  }
  const seen = new Set<string>();
  const tags = decided.tags
    .map((t) => t.trim().slice(0, 60))
    .filter((t) => {
      const key = slugify(t);
      if (!key || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  if (tags.length > MAX_TAGS)
    add(
      'tags',
      'note',
      'too-many-tags',
      `had ${tags.length} tags; kept the first ${MAX_TAGS}, left out ${tags.slice(MAX_TAGS).join(', ')}`,
    );
  let summary = post.summary?.trim();
  if (summary && summary.length > MAX_SUMMARY_LENGTH) {
    summary = truncateAtWord(summary, MAX_SUMMARY_LENGTH);
    add(
      'summary',
      'note',
      'summary-cut',
      `the excerpt was over ${MAX_SUMMARY_LENGTH} characters and was cut at a word`,
    );
  }
  const data = {
    title,
    date: post.date,
    ...(post.updated && post.updated > post.date && { updated: post.updated }),
    author: decided.authors.length === 1 ? decided.authors[0] : decided.authors,
    section: decided.section,
    ...(tags.length > 0 && { tags: tags.slice(0, MAX_TAGS) }),
    ...(summary && { summary }),
    ...(decided.image && {
      image: decided.image.src,
      imageAlt: decided.image.alt.slice(0, 400),
      ...(decided.image.caption && { imageCaption: truncateAtWord(decided.image.caption, 400) }),
    }),
    ...(post.featured && { featured: true }),
    ...(decided.draft && { draft: true }),
    ...(decided.aliases.length > 0 && { aliases: decided.aliases.slice(0, 100) }),
  };
  const frontMatter = yaml.dump(data, { lineWidth: -1, flowLevel: 1, noRefs: true });
  return { text: `---\n${frontMatter}---\n\n${body.trim()}\n`, problems };
}

/** A standing page's file text: title and description (at most 300 characters), then the body. */
export function buildPageFile(post: SourcePost, description: string, body: string): string {
  const data = { title: post.title.trim() || post.slug, description: truncateAtWord(description, 300) };
  return `---\n${yaml.dump(data, { lineWidth: -1 })}---\n\n${body.trim()}\n`;
}

/** The line of each front-matter field in a file buildArticleFile wrote. */
export function fieldLines(text: string): Map<string, number> {
  const end = text.indexOf('\n---\n', 4);
  return findKeyLines(text.slice(4, end === -1 ? undefined : end + 1));
}
