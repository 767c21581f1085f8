import { formatDraftDate, formatNewArticle } from '../content/format-new-article';
import { parseArticle } from '../content/parse-article';
import { formatProblem } from '../content/problem';
import { slugify } from '../content/slugify';
import type { ArticleType } from '../content/front-matter-schema';

/** What a new article is checked against: the site's sections, authors and the slugs already taken. */
export interface NewsDesk {
  /** The articles folder as editors see it, e.g. `content/articles`. */
  articlesDir: string;
  timeZone: string;
  sectionSlugs: readonly string[];
  authorIds: readonly string[];
  /** Slug → the file that already claims it. */
  takenSlugs: ReadonlyMap<string, string>;
}

export interface CompleteRequest {
  title: string;
  section: string;
  authors: readonly string[];
  slug?: string;
  tags: readonly string[];
  type?: ArticleType;
}

export type Plan = { ok: true; file: string; slug: string; text: string } | { ok: false; errors: string[] };

/** Why a section cannot be used, or undefined when it can. */
export function checkSection(section: string, desk: NewsDesk): string | undefined {
  if (desk.sectionSlugs.includes(section)) return undefined;
  return `unknown section "${section}"; expected one from content/sections.yaml: ${desk.sectionSlugs.join(', ')}`;
}

/** Why an author list cannot be used, or undefined when every id exists. */
export function checkAuthors(authors: readonly string[], desk: NewsDesk): string | undefined {
  const unknown = authors.filter((id) => !desk.authorIds.includes(id));
  if (unknown.length === 0) return undefined;
  const found = unknown.map((id) => `"${id}"`).join(', ');
  return `unknown author ${found}; expected an id from content/authors/: ${[...desk.authorIds].sort().join(', ')}`;
}

/** The slug a new article gets (`--slug`, else the headline's), or why there is none. */
export function chooseSlug(
  title: string,
  slug: string | undefined,
  desk: NewsDesk,
): { slug: string } | { error: string } {
  const chosen = slugify(slug ?? title);
  if (!chosen) {
    return {
      error: `${slug === undefined ? 'the headline' : '--slug'} "${slug ?? title}" has no letters or digits to make a slug; pass --slug`,
    };
  }
  const owner = desk.takenSlugs.get(chosen);
  if (owner) return { error: `slug "${chosen}" is already used by ${owner}; choose another with --slug` };
  return { slug: chosen };
}

/**
 * Plans a new draft: checks section, authors and slug (reporting every problem at once), writes the
 * file's text and proves it with the same parser `npm run check:content` uses.
 * @example planNewArticle({ title: 'Tram line opens', section: 'news', authors: ['ada'], tags: [] }, desk, now) // { ok: true, file: 'content/articles/2026/tram-line-opens.md', … }
 */
export function planNewArticle(request: CompleteRequest, desk: NewsDesk, now: Date): Plan {
  const slug = chooseSlug(request.title, request.slug, desk);
  const errors = [
    checkSection(request.section, desk),
    checkAuthors(request.authors, desk),
    'error' in slug ? slug.error : undefined,
  ];
  const found = errors.filter((error) => error !== undefined);
  if (found.length > 0 || 'error' in slug) return { ok: false, errors: found };

  const year = formatDraftDate(now, desk.timeZone).slice(0, 4);
  const file = `${desk.articlesDir}/${year}/${slug.slug}.md`;
  const text = formatNewArticle({ ...request, now, timeZone: desk.timeZone });
  const parsed = parseArticle(file, text, {
    timeZone: desk.timeZone,
    authorIds: new Set(desk.authorIds),
    sectionSlugs: new Set(desk.sectionSlugs),
  });
  if (!parsed.ok) return { ok: false, errors: parsed.problems.map(formatProblem) };
  return { ok: true, file, slug: slug.slug, text };
}
