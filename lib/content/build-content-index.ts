import { createRelatedRanker, type RelatedScore } from '../related/rank-related';
import { buildTermVectors, countTerms } from '../related/term-vectors';
import type { Article, ParsedArticle } from './article';
import { groupBy } from './group-by';
import type { ContentIndex } from './content-index';
import type { ParsedContent } from './parse-content';
import type { ContentProblem, Result } from './problem';

/**
 * Cross-checks parsed content (duplicate slugs, pinned related slugs, internal links) and builds the
 * content index, ready to rank any article's related stories.
 */
export function buildContentIndex(content: ParsedContent): Result<ContentIndex> {
  const problems = [...content.problems];
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
  const sectionSlugs = new Set(content.sections.map((s) => s.slug));
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
    article.linksTo = resolveLinks(article, internalLinks, bySlug, sectionSlugs, problems);
  }
  if (problems.length > 0 || !site) return { ok: false, problems };

  const articles = unique.map((p) => p.article).sort(newestFirst);
  let ranker: ((slug: string) => RelatedScore[]) | undefined;
  return {
    ok: true,
    value: {
      site,
      sections: content.sections,
      authors: new Map(content.authors.map((a) => [a.id, a])),
      articles,
      bySlug,
      bySection: groupBy(articles, (a) => [a.section]),
      byTag: groupBy(articles, (a) => a.tags.map((t) => t.slug)),
      byAuthor: groupBy(articles, (a) => a.authors),
      // Indexed for ranking on the first article page, not by build workers that render none.
      relatedTo: (slug) => (ranker ??= rankerFor(unique))(slug),
      searchText: new Map(unique.map((p) => [p.article.slug, p.bodyStart])),
    },
  };
}

function rankerFor(unique: readonly ParsedArticle[]): (slug: string) => RelatedScore[] {
  const vectors = buildTermVectors(
    unique.map((p) =>
      countTerms({ title: p.article.title, summary: p.article.summary, plainText: p.bodyStart }),
    ),
  );
  return createRelatedRanker(
    unique.map(({ article }, i) => ({
      slug: article.slug,
      section: article.section,
      tags: article.tags.map((t) => t.slug),
      date: Date.parse(article.date),
      linksTo: article.linksTo,
      vector: vectors[i] ?? new Map(),
    })),
  );
}

// Links to /<section>/<slug> must reach an article; other site paths (tags, authors) are not checked here.
function resolveLinks(
  article: Article,
  links: ParsedArticle['internalLinks'],
  bySlug: Map<string, Article>,
  sectionSlugs: Set<string>,
  problems: ContentProblem[],
): string[] {
  const targets: string[] = [];
  for (const { url, line } of links) {
    const [path = ''] = url.split(/[?#]/);
    const [section, slug, ...rest] = path.split('/').filter(Boolean);
    if (!section || !sectionSlugs.has(section) || !slug || rest.length > 0) continue;
    const target = bySlug.get(slug);
    const broken = (why: string) =>
      problems.push({
        file: article.file,
        line,
        field: 'body',
        code: 'broken-internal-link',
        message: `expected a link to a published article, found "${url}" (${why})`,
      });
    if (!target) broken(`no article has the slug "${slug}"`);
    else if (target.section !== section) broken(`that article is at /${target.section}/${slug}`);
    // A draft may link to anything; a story readers can see must not link to one they cannot.
    else if (!article.draft && target.draft) broken('that article is a draft');
    else if (!article.draft && target.date > article.date)
      broken(`that article is scheduled for ${target.date}, after this one`);
    else if (target.slug !== article.slug) targets.push(target.slug);
  }
  return [...new Set(targets)];
}

/** Newest first by publication date, then by slug so equal dates keep a stable order. */
export function newestFirst(a: Article, b: Article): number {
  return b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug);
}
