// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.

/**
 * Whether If-None-Match names this entity tag, so a 304 can be sent. The comparison is the weak one
 * RFC 9110 prescribes for If-None-Match: `W/"x"` matches `"x"`.
 */
export function isNotModified(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const opaque = stripWeak(etag);
  return ifNoneMatch.split(',').some((tag) => stripWeak(tag.trim()) === opaque);
}

function stripWeak(tag) {
  return tag.startsWith('W/') ? tag.slice(2) : tag;
}
