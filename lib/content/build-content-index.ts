import { createRelatedRanker, type RelatedScore } from '../related/rank-related';
import { buildTermVectors, countTerms } from '../related/term-vectors';
import { routePath } from '../routing/route-path';
import type { Article, ParsedArticle } from './article';
import { articlePath } from './article-summary';
import type { ContentIndex } from './content-index';
import { groupBy } from './group-by';
import type { ParsedConfig } from './parse-content';
import type { ContentProblem, Result } from './problem';
import type { TreeStore } from './tree-store';
import type { Audience } from './visibility';

export interface IndexInput extends Omit<ParsedConfig, 'context' | 'warnings'> {
  articles: readonly ParsedArticle[];
  trees: TreeStore;
  publicFiles: ReadonlySet<string>;
}

// Links are judged against everything that exists, drafts included; what readers may see of a
// target is checked article by article below.
const EVERYTHING: Audience = { now: new Date(8.64e15), preview: true };

/**
 * Cross-checks parsed content (duplicate slugs, pinned related slugs, links to other pages of the
 * site, judged by the router) and builds the content index, ready to rank any article's related
 * stories. Problems come with those found before (`problems`); any problem means no index.
 */
export function buildContentIndex(content: IndexInput): {
  result: Result<ContentIndex>;
  warnings: ContentProblem[];
} {
  const problems = [...content.problems];
  const warnings: ContentProblem[] = [];
  const { site } = content;
  const bySlug = new Map<string, Article>();
  const unique: ParsedArticle[] = [];
  for (const parsed of content.articles) {
    const { article } = parsed;
    const first = bySlug.get(article.slug);
    if (first) {
      problems.push({
        file: article.file,
        field: 'slug',
        code: 'duplicate-slug',
        message: `expected a slug no other article uses; "${article.slug}" is also used by ${first.file}`,
      });
      continue;
    }
    bySlug.set(article.slug, article);
    unique.push(parsed);
  }
  if (!site) return { result: { ok: false, problems }, warnings };

  const articles = unique.map((p) => p.article).sort(newestFirst);
  let ranker: ((slug: string) => RelatedScore[]) | undefined;
  const index: ContentIndex = {
    site,
    sections: content.sections,
    authors: new Map(content.authors.map((a) => [a.id, a])),
    pages: new Map(content.pages.map((p) => [p.slug, p])),
    publicFiles: content.publicFiles,
    trees: content.trees,
    articles,
    bySlug,
    bySection: groupBy(articles, (a) => [a.section]),
    byTag: groupBy(articles, (a) => a.tags.map((t) => t.slug)),
    byAuthor: groupBy(articles, (a) => a.authors),
    // Indexed for ranking on the first article page, not by build workers that render none.
    // From the articles and their text, not the parses: those, with their lines and links, are
    // garbage once the index is built.
    relatedTo: (slug) => (ranker ??= rankerFor(articles, index.searchText))(slug),
    searchText: new Map(unique.map((p) => [p.article.slug, p.bodyStart])),
  };
  for (const { article, internalLinks } of unique) {
    article.related.forEach((slug, i) => {
      if (!bySlug.has(slug))
        problems.push({
          file: article.file,
          field: `related[${i}]`,
          code: 'unknown-related',
          message: `expected the slug of an existing article, found "${slug}"`,
        });
    });
    article.linksTo = checkLinks(article, internalLinks, index, problems, warnings);
  }
  return { result: problems.length > 0 ? { ok: false, problems } : { ok: true, value: index }, warnings };
}

function rankerFor(
  articles: readonly Article[],
  searchText: ReadonlyMap<string, string>,
): (slug: string) => RelatedScore[] {
  const vectors = buildTermVectors(
    articles.map((a) => countTerms({ title: a.title, summary: a.summary, plainText: searchText.get(a.slug) ?? '' })),
  );
  return createRelatedRanker(
    articles.map((article, i) => ({
      slug: article.slug,
      section: article.section,
      tags: article.tags.map((t) => t.slug),
      date: Date.parse(article.date),
      linksTo: article.linksTo,
      vector: vectors[i] ?? new Map(),
    })),
  );
}

// Every site-relative link must reach a page the site serves; a link to a story must reach one its
// readers can see when they read this one. Returns the slugs of the stories linked to.
function checkLinks(
  article: Article,
  links: ParsedArticle['internalLinks'],
  index: ContentIndex,
  problems: ContentProblem[],
  warnings: ContentProblem[],
): string[] {
  const targets = new Set<string>();
  for (const { url, line } of links) {
    const where = { file: article.file, line, field: 'body' };
    const broken = (why: string) =>
      problems.push({
        ...where,
        code: 'broken-internal-link',
        message: `expected a link to a page of this site, found "${url}" (${why})`,
      });
    const route = routePath(url.split(/[?#]/)[0] ?? '', index, EVERYTHING);
    if (route.kind === 'missing') broken(missingReason(url, index));
    else if (route.kind === 'redirect') broken(`that page is at ${decodeURI(route.location)}`);
    if (route.kind !== 'article') continue;
    const target = route.article;
    if (target.draft && article.draft)
      warnings.push({
        ...where,
        code: 'links-to-draft',
        message: `links to ${articlePath(target)}, a draft too: publish it first, or this link breaks the build when this story is published`,
      });
    else if (target.draft) broken('that article is a draft');
    else if (!article.draft && target.date && article.date && target.date > article.date)
      broken(`that article is scheduled for ${target.date}, after this one`);
    if (target.slug !== article.slug) targets.add(target.slug);
  }
  return [...targets];
}

function missingReason(url: string, index: ContentIndex): string {
  const [section, slug, ...rest] = (url.split(/[?#]/)[0] ?? '').split('/').filter(Boolean);
  if (section && slug && rest.length === 0 && index.sections.some((s) => s.slug === section))
    return `no article has the slug "${slug}"`;
  return "no page of this site has that address; an old permalink needs the story's address, /<section>/<slug>";
}

/** Newest first by publication date, then by slug so equal dates keep a stable order. */
export function newestFirst(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}
