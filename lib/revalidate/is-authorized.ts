import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * Whether an `Authorization: Bearer <secret>` header carries the configured secret. The comparison
 * takes the same time wherever the two differ (both are hashed to equal-length digests first, which
 * timingSafeEqual requires), and an unset or empty secret refuses every request.
 * @example isAuthorized('Bearer s3cret', 's3cret') // true
 */
export function isAuthorized(authorization: string | null | undefined, secret: string | undefined): boolean {
  if (!secret) return false;
  const given = /^Bearer +(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!given) return false;
  return timingSafeEqual(digest(given), digest(secret));
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
