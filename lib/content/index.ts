import 'server-only';
import type { ContentIndex } from './content-index';
import { resolveContentDir, resolveParseCacheDir } from './content-dir';
import { loadContentIndex } from './load-content-index';
import { contentSignature } from './content-signature';
import { type ContentProblem, formatProblemReport } from './problem';
import type { Audience } from './visibility';

export type { Article, Tag, LeadImage } from './article';
export type { ContentIndex } from './content-index';
export type { Audience } from './visibility';
export { findArticle, findRelated, pickLeadStory, visibleArticles } from './queries';
export { loadArticleBody, loadArticleBodyTree } from './load-article-body';
export { articlePath, sizedImage, summarizeArticle, type ArticleSummary } from './article-summary';

/** Thrown when content is invalid: the message is the whole report, so the build log shows every problem. */
export class ContentError extends Error {
  override name = 'ContentError';
}

// Held on globalThis, not in a module variable: the proxy and the app routes are bundled apart, and
// one process should load the archive once, not once per bundle.
const KEY = Symbol.for('newsroom.content-index');
const SIGNATURE = Symbol.for('newsroom.content-signature');
const CHECKED = Symbol.for('newsroom.content-checked');
const store = globalThis as { [KEY]?: Promise<ContentIndex>; [SIGNATURE]?: string; [CHECKED]?: number };
// One render asks for the index many times; looking at the folder once per half second is enough.
const RECHECK_MS = 500;
const preview = () => process.env.NODE_ENV === 'development';

/**
 * The content index, loaded once per process (React's cache() would last only one request). In
 * `next dev` it is read again whenever a file in content/ changes, so a saved edit shows on reload.
 */
export async function getContentIndex(): Promise<ContentIndex> {
  if (preview() && Date.now() - (store[CHECKED] ?? 0) > RECHECK_MS) {
    store[CHECKED] = Date.now();
    const signature = await contentSignature(resolveContentDir());
    if (signature !== store[SIGNATURE]) {
      store[SIGNATURE] = signature;
      store[KEY] = undefined;
    }
  }
  store[KEY] ??= load().catch((error: unknown) => {
    store[KEY] = undefined;
    throw error;
  });
  return store[KEY];
}

/**
 * Problems of the articles `next dev` left out of the preview; always empty in production, where
 * any problem stops the build instead.
 */
export async function getSkippedContent(): Promise<ContentProblem[]> {
  return (await getContentIndex()).skipped ?? [];
}

/**
 * Reads content/ again after an edit on disk (the revalidate hook calls it) and serves the new index
 * only if it is valid: a broken edit throws ContentError with the report and leaves the previous
 * content in place. With REDIS_URL set, lib/cache/redis-cache-handler.mjs drops this process's index
 * on the other instances, which read content/ again on their next request.
 */
export async function reloadContentIndex(): Promise<ContentIndex> {
  const index = await load();
  store[KEY] = Promise.resolve(index);
  return index;
}

async function load(): Promise<ContentIndex> {
  const options = {
    siteUrl: process.env.SITE_URL,
    cacheDir: resolveParseCacheDir(),
    skipBrokenArticles: preview(),
  };
  const { result, warnings, skipped } = await loadContentIndex(resolveContentDir(), options);
  for (const warning of warnings) console.warn(`warning: ${warning.file}  ${warning.message}`);
  if (!result.ok)
    throw new ContentError(
      `\n${formatProblemReport(result.problems, 'The build stopped; no page was generated.')}`,
    );
  if (skipped.length > 0)
    console.error(
      formatProblemReport(skipped, 'These articles are left out of the preview until they are fixed.'),
    );
  return skipped.length > 0 ? { ...result.value, skipped } : result.value;
}

/** Who is reading now: readers see published articles; `next dev` previews drafts and scheduled ones. */
export function getAudience(): Audience {
  return { now: new Date(), preview: preview() };
}
