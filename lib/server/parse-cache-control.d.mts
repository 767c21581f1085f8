/** Reads a Cache-Control header into its directives, names lower-cased, quotes removed. */
export function parseCacheControl(header: string | undefined): Map<string, string | true>;
