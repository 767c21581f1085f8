import type { Article, ParsedArticle } from './article';
import type { ContentIndex } from './content-index';
import { buildContentIndex } from './build-content-index';
import path from 'node:path';
import { changedFiles, showPath } from './file-stamps';
import { findContentWarnings } from './find-content-warnings';
import type { IndexOrigin } from './index-snapshot';
import { BREAKING_FILE, loadContent } from './load-content';
import type { LoadedIndex, LoadOptions } from './load-content-index';
import { measureImages, measureSeriesImages } from './measure-images';
import { parseArticles } from './parse-articles';
import { parseConfig } from './parse-content';
import type { TreeStore } from './tree-store';
import { monthKey } from '../dates/format-date';

const DAY = 86_400_000;
// Past this many changed files a full load (through the parse cache) is as quick and checks everything.
const MAX_CHANGED_FILES = 500;

/**
 * The previous index with only the changed article files read, parsed and checked: what a publish
 * costs at 100,000 stories is the stat of every file, not the read of every file. Undefined, for a
 * full load instead, when the change reaches beyond its own articles: a site, section, author or page
 * file changed, or public/; too many files changed; or an article another one links to or pins, or
 * the last of a tag's or a month's stories, moved, went or was unpublished (their links were checked
 * against it, and only a full load reads them again).
 */
export async function reloadChanges(
  contentDir: string,
  previous: LoadedIndex,
  origin: IndexOrigin,
  /** The files that changed, when the stamping knows them (file-stamps.ts), saving a comparison. */
  options: LoadOptions & { publicDir: string; store: TreeStore; changed?: readonly string[] },
): Promise<LoadedIndex | undefined> {
  if (!previous.result.ok || previous.origin.publicSignature !== origin.publicSignature) return undefined;
  const before = previous.result.value;
  const changed = new Set(options.changed ?? changedFiles(previous.origin.stamps, origin.stamps));
  if (changed.size > MAX_CHANGED_FILES) return undefined;
  // At 100,000 stories, what a publish walks is the lists it must: no map of every file is made.
  const slugByFile = new Map<string, string>();
  for (const article of before.articles) if (changed.has(article.file)) slugByFile.set(article.file, article.slug);
  // The stamps just listed every file: no second walk of a 100,000-file folder.
  const sources = await loadContent(contentDir, { listed: origin.stamps.keys(), onlyArticles: changed });
  const now = new Set(sources.articles.map((f) => f.path));
  // Only Markdown articles, added, saved or deleted, and the breaking-news banner (read again with the
  // rest of the configuration below): anything else may change every page.
  const banner = showPath(path.join(contentDir, BREAKING_FILE));
  for (const file of changed) if (!slugByFile.has(file) && !now.has(file) && file !== banner) return undefined;

  const config = parseConfig(sources, options.siteUrl);
  if (config.problems.length > 0 || !config.site) return undefined;
  const parsed = await parseArticles(sources.articles, config.context, { store: options.store });
  const fresh = parsed.articles;
  const valid = fresh.filter((p) => !parsed.invalidFiles.has(p.article.file));
  const gone = new Set([...changed].flatMap((file) => before.bySlug.get(slugByFile.get(file) ?? '') ?? []));
  // An invalid article stands for nothing here: what depended on its old version must still hold.
  if (!othersStillHold(gone, valid, before, config.site.timeZone)) return undefined;

  const problems = [
    ...parsed.problems,
    ...(await measureImages(fresh, options.publicDir)),
    ...(await measureSeriesImages(config.series ?? [], sources.series?.path ?? 'content/series.yaml', options.publicDir)),
  ];
  const built = buildContentIndex({
    ...config,
    trees: options.store,
    publicFiles: before.publicFiles,
    problems,
    articles: fresh,
    previousRelated: before.relatedTo,
    base: { index: before, gone },
  });
  // The warnings of unchanged files stand; a changed file's are found again (tag typos among them).
  const warnings = [
    ...previous.warnings.filter((w) => !changed.has(w.file)),
    ...parsed.warnings,
    ...findContentWarnings(valid),
    ...built.warnings,
  ];
  return {
    result: built.result,
    warnings,
    skipped: [],
    stats: { parsed: fresh.length, reused: before.articles.length - gone.size, mode: 'changes' },
    origin,
  };
}

// Whether what unchanged articles were checked against still holds: every story they link to or
// pin is still there, at the same address, published as it was; and every tag and month page that
// loses a story still has one (an unchanged story may link to it). Only a story that moved, went or
// was unpublished sends the check through the archive.
function othersStillHold(
  gone: ReadonlySet<Article>,
  fresh: readonly ParsedArticle[],
  before: ContentIndex,
  timeZone: string,
): boolean {
  const freshBySlug = new Map(fresh.map((p) => [p.article.slug, p.article]));
  const away = new Set<string>();
  for (const old of gone) {
    const next = freshBySlug.get(old.slug);
    const same =
      next &&
      next.section === old.section &&
      next.draft === old.draft &&
      next.date === old.date &&
      !next.removed === !old.removed;
    if (!same) away.add(old.slug);
  }
  const stands = (a: Article) => !gone.has(a);
  if (away.size > 0)
    for (const article of before.articles) {
      if (!stands(article)) continue;
      if (article.linksTo.some((slug) => away.has(slug)) || article.related.some((slug) => away.has(slug)))
        return false;
    }
  const freshTags = new Set(fresh.flatMap((p) => p.article.tags.map((t) => t.slug)));
  for (const tag of new Set([...gone].flatMap((a) => a.tags.map((t) => t.slug)))) {
    if (freshTags.has(tag)) continue;
    if (!(before.byTag.get(tag) ?? []).some(stands)) return false;
  }
  const freshMonths = new Set(fresh.map((p) => monthKey(p.article.date, timeZone)));
  for (const month of new Set([...gone].map((a) => monthKey(a.date, timeZone)))) {
    if (freshMonths.has(month)) continue;
    // A month in any time zone lies within 17 days of the 15th (UTC): only those dates are converted.
    const middle = Date.parse(`${month}-15T00:00:00Z`);
    const near = (a: Article) => Math.abs(Date.parse(a.date) - middle) < 17 * DAY;
    if (!before.articles.some((a) => stands(a) && near(a) && monthKey(a.date, timeZone) === month)) return false;
  }
  return true;
}
