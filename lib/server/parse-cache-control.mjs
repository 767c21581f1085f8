// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

/**
 * Reads a Cache-Control header into its directives, names lower-cased, quotes removed.
 * @param {string | undefined} header
 * @returns {Map<string, string | true>}
 * @example parseCacheControl('public, s-maxage=60') // Map { 'public' => true, 's-maxage' => '60' }
 */
export function parseCacheControl(header) {
  /** @type {Map<string, string | true>} */
  const directives = new Map();
  if (!header) return directives;
  for (const part of header.split(',')) {
    const equals = part.indexOf('=');
    const name = (equals === -1 ? part : part.slice(0, equals)).trim().toLowerCase();
    if (!name) continue;
    const value =
      equals === -1
        ? true
        : part
            .slice(equals + 1)
            .trim()
            .replace(/^"(.*)"$/, '$1');
    directives.set(name, value);
  }
  return directives;
}
