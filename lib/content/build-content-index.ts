import { createRelatedRanker, type RelatedScore } from '../related/rank-related';
import { buildTermVectors, NO_TERMS, TermCounter, type TermVector } from '../related/term-vectors';
import { routePath, routeSegments } from '../routing/route-path';
import { pathSegments, showAlias } from './aliases';
import { timeSlices } from '../scheduling/time-slices';
import type { Article, ParsedArticle, Tag } from './article';
import { articlePath } from './article-summary';
import type { ContentIndex } from './content-index';
import { groupBy } from './group-by';
import { mergeSorted, patchGroups } from './patch-groups';
import type { ParsedConfig } from './parse-content';
import type { ContentProblem, Result } from './problem';
import type { Author } from './author-schema';
import type { BreakingNews } from './breaking-news';
import type { Series } from './series-schema';
import type { Topic } from './topic-schema';
import type { StandingPage } from './parse-page';
import type { TreeStore } from './tree-store';
import type { Audience } from './visibility';

export interface IndexInput extends Omit<ParsedConfig, 'context' | 'warnings'> {
  /** Every article; with `base`, only the new and changed ones. */
  articles: readonly ParsedArticle[];
  previousRelated?: ContentIndex['relatedTo'];
  trees: TreeStore;
  publicFiles: ReadonlySet<string>;
  base?: IndexBase;
}

/**
 * The index a publish changes: its articles but `gone` (the old versions of changed files, and the
 * deleted ones) stand as they were checked, and its lookups are patched rather than built again.
 */
export interface IndexBase {
  index: ContentIndex;
  gone: ReadonlySet<Article>;
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
  const { base } = content;
  // The articles that stand come first, as a full load lists them, so a duplicate names theirs. A
  // publish looks them up in its base rather than copying a map of 100,000.
  const fresh = new Map<string, Article>();
  const standing = (slug: string) => {
    const article = base?.index.bySlug.get(slug);
    return article && !base?.gone.has(article) ? article : undefined;
  };
  const find = (slug: string) => fresh.get(slug) ?? standing(slug);
  const unique: ParsedArticle[] = [];
  for (const parsed of content.articles) {
    const { article } = parsed;
    const first = find(article.slug);
    if (first) {
      problems.push({
        file: article.file,
        field: 'slug',
        code: 'duplicate-slug',
        message: `expected a slug no other article uses; "${article.slug}" is also used by ${first.file}`,
      });
      continue;
    }
    fresh.set(article.slug, article);
    unique.push(parsed);
  }
  if (!site) return { result: { ok: false, problems }, warnings };

  const index = assembleIndex({
    ...content,
    site,
    articles: unique.map((p) => p.article).sort(newestFirst),
  });
  for (const { article, internalLinks, fieldLines } of unique) {
    article.related.forEach((slug, i) => {
      if (!find(slug))
        problems.push({
          file: article.file,
          field: `related[${i}]`,
          code: 'unknown-related',
          message: `expected the slug of an existing article, found "${slug}"`,
        });
    });
    article.linksTo = checkLinks(article, internalLinks, index, problems, warnings);
    if (article.series && !index.series.has(article.series))
      problems.push({
        file: article.file,
        field: 'series',
        line: fieldLines?.get('series'),
        code: 'invalid-field',
        message: `expected a series id from content/series.yaml (${[...index.series.keys()].join(', ') || 'it has none'}), found "${article.series}"`,
      });
  }
  checkAliases(unique, index, problems, warnings);
  if (content.breaking) checkBreakingLink(content.breaking, index, problems);
  return { result: problems.length > 0 ? { ok: false, problems } : { ok: true, value: index }, warnings };
}

// Text similarity reads the title and summary, which say what a story is about: the body would mean
// reading every story's text from disk and holding its terms, ~10× the memory, for a ranking that
// tags, section, links and dates already shape.
/** What an index is made of, once its content has been checked: every part can be stored and read back. */
export interface IndexParts {
  site: ContentIndex['site'];
  sections: ContentIndex['sections'];
  authors: readonly Author[];
  pages: readonly StandingPage[];
  breaking?: BreakingNews;
  /** Story threads, in the file's order; none when there is no content/series.yaml. */
  series?: readonly Series[];
  /** Topics' display names and descriptions (content/tags.yaml). */
  topics?: readonly Topic[];
  publicFiles: ReadonlySet<string>;
  trees: TreeStore;
  /** Newest first; with `base`, only those added to its articles. */
  articles: Article[];
  base?: IndexBase;
  /**
   * The ranking of the index this one replaces: it answers until the new one is built, a few seconds
   * after a publish, so no reader waits for the archive to be indexed again (4.7 s at 100,000).
   */
  previousRelated?: ContentIndex['relatedTo'];
}

/** The index's lookups over checked articles: built by buildContentIndex, or from a stored snapshot. */
export function assembleIndex(parts: IndexParts): ContentIndex {
  const { base } = parts;
  const articles = base
    ? mergeSorted(
        base.index.articles.filter((a) => !base.gone.has(a)),
        parts.articles,
        newestFirst,
      )
    : parts.articles;
  const bySlug = base ? new Map(base.index.bySlug) : new Map(articles.map((a) => [a.slug, a]));
  if (base) {
    for (const old of base.gone) if (bySlug.get(old.slug) === old) bySlug.delete(old.slug);
    for (const article of parts.articles) bySlug.set(article.slug, article);
  }
  const topics = new Map((parts.topics ?? []).map((t) => [t.slug, t]));
  shareRepeatedValues(parts.articles, bySlug, topics);
  // A publish regroups only its own stories: building the groups anew walks all 100,000.
  const group = (of: 'bySection' | 'byTag' | 'byAuthor', keysOf: (a: Article) => Iterable<string>) =>
    base
      ? patchGroups(base.index[of], base.gone, parts.articles, keysOf, newestFirst)
      : groupBy(articles, keysOf);
  let ranker: Ranker | undefined;
  let ranking: Promise<void> | undefined;
  let { previousRelated } = parts;
  const prepareRelated = async () => {
    ranking ??= ranker
      ? Promise.resolve()
      : rankInSlices(articles).then((built) => {
          ranker = built;
          previousRelated = undefined; // the replaced index can now be collected
        });
    return ranking;
  };
  // Scheduled now, not on first use: an index never asked would otherwise keep the one it replaced,
  // and that one its own, for as long as publishes come and no article page is rendered.
  if (previousRelated) setTimeout(() => void prepareRelated(), RANK_LATER_MS).unref();
  const { trees } = parts;
  return {
    site: parts.site,
    sections: parts.sections,
    authors: new Map(parts.authors.map((a) => [a.id, a])),
    pages: new Map(parts.pages.map((p) => [p.slug, p])),
    breaking: parts.breaking,
    series: new Map((parts.series ?? []).map((s) => [s.id, s])),
    topics,
    publicFiles: parts.publicFiles,
    trees: parts.trees,
    articles,
    bySlug,
    bySection: group('bySection', (a) => [a.section]),
    byTag: group('byTag', (a) => a.tags.map((t) => t.slug)),
    byAuthor: group('byAuthor', (a) => a.authors),
    // Few stories have aliases; one pass over the archive finds them (~1 ms at 100,000).
    aliases: aliasesOf(articles),
    // Indexed for ranking when first asked, not by build workers that render no article. From the
    // articles alone, not the parses: those, with their lines, links and text, are garbage once the
    // index is built. While prepareRelated() works through the archive, the previous ranking answers,
    // or none: a page then falls back to its section's latest stories for one page lifetime.
    relatedTo: (slug) => {
      if (ranker) return ranker(slug);
      if (previousRelated) return previousRelated(slug);
      return ranking ? [] : (ranker = rankerFor(articles))(slug);
    },
    prepareRelated,
    bodyStart: (slug) => {
      const article = bySlug.get(slug);
      return (article && trees.text(article.bodyKey)) ?? '';
    },
  };
}

const RANK_LATER_MS = 2_000;

// The first story to claim an alias holds it; a second claim is a content problem (checkAliases).
function aliasesOf(articles: readonly Article[]): Map<string, Article> {
  const aliases = new Map<string, Article>();
  for (const article of articles)
    for (const key of article.aliases ?? []) if (!aliases.has(key)) aliases.set(key, article);
  return aliases;
}

// An alias leads to one story and shadows no page: one claimed twice, or naming an address the site
// serves (another story's, a section's), would send readers somewhere other than they were promised.
// Every story's aliases are checked on every load, unchanged ones too: a new story can take an old
// address. Only stories with aliases cost anything.
function checkAliases(
  parses: readonly ParsedArticle[],
  index: ContentIndex,
  problems: ContentProblem[],
  warnings: ContentProblem[],
): void {
  const claimed = new Map<string, Article>();
  for (const { article, fieldLines } of parses) {
    const line = fieldLines?.get('aliases');
    (article.aliases ?? []).forEach((key, i) => {
      const where = { file: article.file, line, field: `aliases[${i}]` };
      const alias = showAlias(key);
      const first = claimed.get(key);
      if (first) {
        problems.push({
          ...where,
          code: 'duplicate-alias',
          message: `expected an old address no other story claims; "${alias}" is also an alias of ${first === article ? 'this story, above' : first.file}`,
        });
        return;
      }
      claimed.set(key, article);
      const served = servedAt(key, article, index);
      if (!served) return;
      if (served.kind === 'same')
        warnings.push({
          ...where,
          code: 'redundant-alias',
          message: `"${alias}" already leads to this story without an alias; remove it`,
        });
      else
        problems.push({
          ...where,
          code: 'alias-shadows-page',
          message: `expected an old address no page uses, found "${alias}", which is ${served.what}`,
        });
    });
  }
}

// What the site serves at an alias's address without aliases: this story, another page, or nothing.
function servedAt(
  key: string,
  article: Article,
  index: ContentIndex,
): { kind: 'same' } | { kind: 'other'; what: string } | undefined {
  if (key.startsWith('slug:')) {
    const other = index.bySlug.get(key.slice('slug:'.length));
    if (!other) return undefined;
    return other === article ? { kind: 'same' } : { kind: 'other', what: `the slug of ${other.file}` };
  }
  const queryAt = key.indexOf('?');
  const path = queryAt === -1 ? key : key.slice(0, queryAt);
  const route = routeSegments(pathSegments(path), index, EVERYTHING);
  // With a query, an alias names no page of its own: the home page's (`/?p=123`) or a missing path's.
  if (queryAt !== -1)
    return route.kind === 'missing' || path === '/'
      ? undefined
      : { kind: 'other', what: `a page of this site (${path}) with a query` };
  if (route.kind === 'missing') return undefined;
  if ((route.kind === 'article' || route.kind === 'gone') && route.article === article) return { kind: 'same' };
  if (route.kind === 'redirect' && route.location === encodeURI(articlePath(article))) return { kind: 'same' };
  return {
    kind: 'other',
    what:
      route.kind === 'article' || route.kind === 'gone'
        ? `the address of ${route.article.file}`
        : 'the address of a page of this site',
  };
}

// A parse or a snapshot gives every article its own copy of each tag, author id, section, type,
// photo path and slug it links to, and its own empty lists; one shared copy of each keeps the heap to
// what articles hold apart (~25 % of it at 100,000 stories). The shared empty list is frozen, so a
// push would throw.
const NONE = Object.freeze([]) as unknown as never[];

function shareRepeatedValues(
  articles: Article[],
  bySlug: ReadonlyMap<string, Article>,
  topics: ReadonlyMap<string, Topic>,
): void {
  const strings = new Map<string, string>();
  const one = (value: string) => strings.get(value) ?? (strings.set(value, value), value);
  // A snapshot's tags come back shared already (node:v8 keeps objects' identity), so the lookup by
  // identity answers most of them without building a key.
  const sharedTags = new Set<Tag>();
  const tagsBySlug = new Map<string, Tag[]>();
  const oneTag = (tag: Tag) => {
    // A topic's display name, from content/tags.yaml, wherever the tag is shown or searched.
    const name = topics.get(tag.slug)?.name;
    if (name && tag.name !== name) tag = { slug: tag.slug, name };
    if (sharedTags.has(tag)) return tag;
    const same = tagsBySlug.get(tag.slug) ?? [];
    const found = same.find((t) => t.name === tag.name);
    if (found) return found;
    tagsBySlug.set(tag.slug, [...same, tag]);
    sharedTags.add(tag);
    return tag;
  };
  const slug = (linked: string) => bySlug.get(linked)?.slug ?? linked;
  for (const article of articles) {
    article.section = one(article.section);
    article.type = one(article.type) as Article['type']; // the same value, shared
    article.authors = exact(article.authors, one);
    article.tags = exact(article.tags, oneTag);
    article.linksTo = exact(article.linksTo, slug);
    article.related = exact(article.related, slug);
    article.bodyImages = exact(article.bodyImages, (image) => image);
    if (article.corrections.length === 0) article.corrections = NONE;
    if (article.image) article.image.src = one(article.image.src);
  }
}

// A new list of exactly its length. node:v8 writes an array made by map() (which V8 keeps "holey")
// element by element, and reads it back growing it as push() would, to room for 16: three tags then
// held 144 bytes instead of 40, 39 MB of the heap at 100,000 stories for 9 MB of lists. map() sizes
// its result exactly; the old lists go in one collection after the load.
function exact<T, U>(list: T[], map: (item: T) => U): U[] {
  return list.length === 0 ? NONE : list.map(map);
}

type Ranker = (slug: string) => RelatedScore[];

// Counting and weighing terms is nearly all of the indexing (~2 s at 100,000 stories): done in time
// slices, a server that has just started keeps answering while it ranks.
async function rankInSlices(articles: readonly Article[]): Promise<Ranker> {
  const pause = timeSlices();
  const counter = new TermCounter();
  for (const article of articles) {
    counter.add(textOf(article));
    await pause();
  }
  const vectors: TermVector[] = [];
  for (let i = 0; i < articles.length; i++) {
    vectors.push(counter.vectorOf(i));
    await pause();
  }
  return rankerFor(articles, vectors);
}

const textOf = (a: Article) => ({ title: a.title, summary: a.summary, plainText: '' });

function rankerFor(articles: readonly Article[], vectors = buildTermVectors(articles.map(textOf))): Ranker {
  return createRelatedRanker(
    articles.map((article, i) => ({
      slug: article.slug,
      section: article.section,
      tags: article.tags.map((t) => t.slug),
      date: Date.parse(article.date),
      linksTo: article.linksTo,
      vector: vectors[i] ?? NO_TERMS,
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
  for (const { url, line, field = 'body', from = article.date } of links) {
    const where = { file: article.file, line, field };
    const broken = (why: string) =>
      problems.push({
        ...where,
        code: 'broken-internal-link',
        message: `expected a link to a page of this site, found "${url}" (${why})`,
      });
    const route = routePath(url.split(/[?#]/)[0] ?? '', index, EVERYTHING);
    if (route.kind === 'missing') broken(missingReason(url, index));
    else if (route.kind === 'redirect') broken(`that page is at ${decodeURI(route.location)}`);
    // A takedown must not wait for every story that links to it: the link is flagged, not fatal.
    else if (route.kind === 'gone')
      warnings.push({
        ...where,
        code: 'links-to-removed',
        message: `links to ${articlePath(route.article)}, a story that was removed: readers get "410 Gone"; remove the link`,
      });
    if (route.kind !== 'article') continue;
    const target = route.article;
    if (target.draft && article.draft)
      warnings.push({
        ...where,
        code: 'links-to-draft',
        message: `links to ${articlePath(target)}, a draft too: publish it first, or this link breaks the build when this story is published`,
      });
    else if (target.draft) broken('that article is a draft');
    else if (!article.draft && target.date && from && target.date > from)
      broken(`that article is scheduled for ${target.date}, after this one`);
    if (target.slug !== article.slug) targets.add(target.slug);
  }
  return [...targets];
}

// The banner must lead somewhere a reader can go now: a story, a list or a page of the site.
function checkBreakingLink(breaking: BreakingNews, index: ContentIndex, problems: ContentProblem[]): void {
  const { link } = breaking;
  const why = explainBrokenLink(link, index);
  if (why)
    problems.push({
      file: breaking.file,
      line: breaking.linkLine,
      field: 'link',
      code: 'broken-internal-link',
      message: `expected a link to a page of this site, found "${link}" (${why})`,
    });
}

/**
 * Why a site-relative link cannot take a reader anywhere now (no such page, a redirect, a draft), or
 * undefined when it can: for links outside articles (the banner, live updates).
 */
export function explainBrokenLink(url: string, index: ContentIndex): string | undefined {
  const route = routePath(url.split(/[?#]/)[0] ?? '', index, EVERYTHING);
  if (route.kind === 'missing') return missingReason(url, index);
  if (route.kind === 'redirect') return `that page is at ${decodeURI(route.location)}`;
  if (route.kind === 'article' && route.article.draft) return 'that article is a draft';
  if (route.kind === 'gone') return 'that article was removed';
  return undefined;
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
