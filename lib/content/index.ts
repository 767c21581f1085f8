import 'server-only';
import { routePath, type Route } from '../routing/route-path';
import { announceContentChanged, onContentChanged, processValue } from '../state/process-state.mjs';
import type { ContentIndex } from './content-index';
import { resolveContentDir, resolveParseCacheDir } from './content-dir';
import { contentSignature } from './content-signature';
import { type LoadedIndex, loadContentIndex } from './load-content-index';
import { loadStoredIndex } from './load-stored-index';
import { type ContentProblem, formatProblemReport } from './problem';
import type { Audience } from './visibility';
import type { ParsedFiles } from '../live/live-desk';
import { openLiveDesk } from '../live/open-live-desk';

export type { Article, Tag, LeadImage } from './article';
export type { ContentIndex } from './content-index';
export type { Audience } from './visibility';
export type { ListName, ListRoute, Route } from '../routing/route-path';
export { findArticle, findRelated, pickLeadStory, visibleArticles } from './queries';
export { loadArticleBody, loadArticleBodyTree } from './load-article-body';
export { articlePath, sizedImage, summarizeArticle, type ArticleSummary } from './article-summary';

/** Thrown when content is invalid: the message is the whole report, so the build log shows every problem. */
export class ContentError extends Error {
  override name = 'ContentError';
}

interface ContentSlot {
  index?: Promise<ContentIndex>;
  /**
   * What other instances' publishes named since the index was dropped, for the next load to stamp
   * only those files; null when one named nothing (or its message was missed): every file.
   */
  heard?: string[] | null;
  /** The last valid load: the next one reads only the files changed since (reload-changes.ts). */
  loaded?: LoadedIndex;
  signature?: string;
  checkedAt: number;
}

// One per process, whichever bundle asks (see lib/state/process-state.mjs). Another instance's
// reload (announced through Redis) drops it; the next request reads what changed in content/.
const slot = () =>
  processValue('content-index', (): ContentSlot => {
    const value: ContentSlot = { checkedAt: 0 };
    onContentChanged((change) => {
      if (change.source === 'reload') return;
      const first = value.index !== undefined;
      value.index = undefined;
      // A change heard before the index it dropped was made again adds to what the next load stamps.
      const earlier = first ? [] : value.heard;
      value.heard = change.slugs && earlier !== null ? [...(earlier ?? []), ...change.slugs] : null;
    });
    return value;
  });
// One render asks for the index many times; looking at the folder once per half second is enough.
const RECHECK_MS = 500;
const preview = () => process.env.NODE_ENV === 'development';

/**
 * The content index, loaded once per process (React's cache() would last only one request). In
 * `next dev` it is read again whenever a file in content/ changes, so a saved edit shows on reload.
 */
export async function getContentIndex(): Promise<ContentIndex> {
  const state = slot();
  if (preview() && Date.now() - state.checkedAt > RECHECK_MS) {
    state.checkedAt = Date.now();
    const signature = await contentSignature(resolveContentDir());
    if (signature !== state.signature) {
      state.signature = signature;
      state.index = undefined;
    }
  }
  if (!state.index) {
    const heard = state.heard ?? undefined;
    state.heard = undefined;
    state.index = load(heard).catch((error: unknown) => {
      state.index = undefined;
      state.heard = null; // what was heard is lost with this load: the next stamps every file
      throw error;
    });
  }
  return state.index;
}

/** What a path is, for readers now (or editors in `next dev`): see lib/routing/route-path.ts. */
export async function routeFor(pathname: string, search = ''): Promise<Route> {
  return routePath(pathname, await getContentIndex(), getAudience(), search);
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
 * content in place. The caller announces the change (announceContentChanged) once the pages it
 * touched are expired, so no cache refills from a page about to be replaced; with REDIS_URL set, the
 * other instances hear it through Redis and read content/ again on their next request. With the
 * slugs a publish names, only those articles' files and new ones are stamped; every file is checked
 * a moment later, between readers' requests.
 */
export async function reloadContentIndex(changedSlugs?: readonly string[]): Promise<ContentIndex> {
  const index = await load(changedSlugs);
  slot().index = Promise.resolve(index);
  return index;
}

async function load(changedSlugs?: readonly string[]): Promise<ContentIndex> {
  const state = slot();
  const options = {
    siteUrl: process.env.SITE_URL,
    cacheDir: resolveParseCacheDir(),
    skipBrokenArticles: preview(),
    previous: state.loaded,
    changedSlugs: serving() ? changedSlugs : undefined,
  };
  // A server's first load starts from the stored index as a publish naming nothing starts from the
  // last one: the folder is listed (a story added or deleted while the server was down is read, or
  // dropped, before anyone is answered), but the 100,000 stored stamps are kept rather than taken
  // again; every file is stamped just after, between readers' requests, for edits made in place.
  const stored = serving() && !state.loaded ? await loadStoredIndex(resolveContentDir(), options) : undefined;
  const start = stored && { ...options, previous: stored, changedSlugs: [] };
  return accept(await loadContentIndex(resolveContentDir(), start || options));
}

// Long enough for the first readers' pages, or the published story, to render without sharing the
// thread with the stamping.
const CHECK_AFTER_MS = 1_000;

// An index served on stamps it did not take (read back at start, or a publish that stamped only what
// it named) is checked against every file: what changed unseen (while the server was down, or an
// edit the publish did not name) is read as a publish reads it, and the index replaced, unless a
// publish has replaced it since (and checks in its turn). Broken content keeps the index in place,
// as a broken publish keeps the previous one.
async function checkLater(assumed: LoadedIndex): Promise<void> {
  const state = slot();
  if (state.loaded !== assumed) return;
  try {
    const checked = await loadContentIndex(resolveContentDir(), {
      siteUrl: process.env.SITE_URL,
      cacheDir: resolveParseCacheDir(),
      previous: assumed,
      background: true,
    });
    if (checked.stats.mode === 'unchanged' || state.loaded !== assumed) return;
    state.index = Promise.resolve(accept(checked));
    announceContentChanged({ source: 'reload' });
  } catch (error) {
    console.error('Files changed without a publish naming them, and could not be read again:', error);
  }
}

// The index a load made, served once it is valid; its warnings and problems go to the log.
function accept(loaded: LoadedIndex): ContentIndex {
  const state = slot();
  const { result, warnings, skipped } = loaded;
  if (result.ok && !preview()) state.loaded = loaded;
  if (result.ok && loaded.origin.assumed) setTimeout(() => void checkLater(loaded), CHECK_AFTER_MS).unref();
  for (const warning of warnings) console.warn(`warning: ${warning.file}  ${warning.message}`);
  if (!result.ok)
    throw new ContentError(
      `\n${formatProblemReport(result.problems, 'The build stopped; no page was generated.')}`,
    );
  if (skipped.length > 0)
    console.error(
      formatProblemReport(skipped, 'These articles are left out of the preview until they are fixed.'),
    );
  // Live updates are read as they land (lib/live/live-desk.ts); one that is wrong is left off its
  // story's page, and said here, while the rest of the site goes on.
  const live = openLiveDesk(result.value, resolveContentDir(), {
    parsedFiles: processValue('live-updates', (): ParsedFiles => new Map()),
    onProblems: (problems) =>
      console.error(formatProblemReport(problems, 'These live updates are left out until they are fixed.')),
  });
  return { ...result.value, live, ...(skipped.length > 0 && { skipped }) };
}

// A production server answering readers, not `next build` (whose workers must check every file
// before a page is rendered from it) nor `next dev`.
const serving = () =>
  process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build';

/** Who is reading now: readers see published articles; `next dev` previews drafts and scheduled ones. */
export function getAudience(): Audience {
  return { now: new Date(), preview: preview() };
}
