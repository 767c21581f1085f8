/**
 * The address a request came from, for rate limiting: the last `X-Forwarded-For` entry. A load
 * balancer appends the address it saw there, and Next.js fills the header from the socket when a
 * request arrives without one; earlier entries are whatever the client claimed. (A server reached
 * directly, with no proxy in front, cannot tell a forged header from a real one.)
 * @example clientAddress(new Headers({ 'x-forwarded-for': '203.0.113.9, 10.0.0.2' })) // '10.0.0.2'
 */
export function clientAddress(headers: Headers): string {
  const entries = (headers.get('x-forwarded-for') ?? '').split(',').map((entry) => entry.trim());
  return entries.filter(Boolean).at(-1) ?? 'unknown';
}
