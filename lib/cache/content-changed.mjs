// Plain JavaScript: Next.js loads the cache handler, which reads this, at run time outside the bundler.

/**
 * The page every instance checks before it renders: the revalidate hook revalidates it to tell the
 * instances that did not receive the hook to reload their content index. No route can have this path
 * (app/ folders starting with `_` are private). It travels with the pages' paths because Next.js hands
 * the cache handler all path revalidations of a request in one call, recorded in one Redis write: no
 * instance can see a page expired before it sees that the content changed.
 */
export const CONTENT_CHANGED_PATH = '/_content-index';

/** The tag Next.js derives from CONTENT_CHANGED_PATH (`_N_T_` marks its implicit path tags). */
export const CONTENT_CHANGED_TAG = `_N_T_${CONTENT_CHANGED_PATH}`;

/**
 * Under CONTENT_CHANGED_PATH, one path per article a publish names (`/_content-index/<slug>`): the
 * cache handler sends those slugs with the content-changed message, so another instance stamps only
 * their files, as the instance that took the hook did, instead of all of them. Never a page's tag:
 * they travel in the message and are not stored.
 * @param {string} slug
 */
export const changedArticlePath = (slug) => `${CONTENT_CHANGED_PATH}/${encodeURIComponent(slug)}`;

const CHANGED_ARTICLE_TAG = `${CONTENT_CHANGED_TAG}/`;

/**
 * The slug a tag made from changedArticlePath names, or undefined for any other tag.
 * @param {string} tag
 * @returns {string | undefined}
 */
export function changedArticleOf(tag) {
  if (!tag.startsWith(CHANGED_ARTICLE_TAG)) return undefined;
  try {
    return decodeURIComponent(tag.slice(CHANGED_ARTICLE_TAG.length));
  } catch {
    return undefined;
  }
}
