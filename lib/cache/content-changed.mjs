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
