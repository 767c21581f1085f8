/** The page whose revalidation tells every instance to reload its content index. */
export const CONTENT_CHANGED_PATH: string;
/** The tag Next.js derives from CONTENT_CHANGED_PATH. */
export const CONTENT_CHANGED_TAG: string;
