/** A path no route matches: Next.js renders the site's 404 page for it in full. */
export const NOT_FOUND_PATH: string;
