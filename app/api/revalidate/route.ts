import { revalidatePath } from 'next/cache';
import { ContentError, getContentIndex, reloadContentIndex } from '@/lib/content';
import { breakingNewsChanged } from '@/lib/content/breaking-news';
import { clientAddress } from '@/lib/revalidate/client-address';
import { isAuthorized } from '@/lib/revalidate/is-authorized';
import { parseRevalidateRequest } from '@/lib/revalidate/parse-revalidate-request';
import { createRateLimiter } from '@/lib/revalidate/rate-limiter';
import { revalidationTargets } from '@/lib/revalidate/revalidation-targets';
import { announceContentChanged } from '@/lib/state/process-state.mjs';

// A deploy hook calls this a few times per content change; anything faster is a loop or a guesser.
const limiter = createRateLimiter({ limit: 10, windowMs: 60_000 });
const MAX_BODY_BYTES = 64 * 1024;

/**
 * Re-reads content/ and expires the changed articles, lists, feeds and sitemaps on every instance.
 * `Authorization: Bearer $REVALIDATE_SECRET`; body `{"slugs": [...]}` or `{"all": true}`.
 *
 * Pages are expired by path (revalidatePath), not by tags of our own: every cached page and route
 * already carries Next.js's implicit path tags, so no page or loader had to change, and the cache
 * handler shares those expiries between instances like any other tag.
 */
export async function POST(request: Request): Promise<Response> {
  const rate = limiter.take(clientAddress(request.headers), Date.now());
  if (!rate.allowed) {
    return reply(
      429,
      { error: `Too many revalidation requests; try again in ${rate.retryAfterSeconds} s.` },
      { 'Retry-After': String(rate.retryAfterSeconds) },
    );
  }
  if (!isAuthorized(request.headers.get('authorization'), process.env.REVALIDATE_SECRET)) {
    return reply(
      401,
      { error: 'Send the secret from REVALIDATE_SECRET as "Authorization: Bearer <secret>".' },
      { 'WWW-Authenticate': 'Bearer' },
    );
  }
  if (Number(request.headers.get('content-length')) > MAX_BODY_BYTES)
    return reply(413, { error: `The body is larger than ${MAX_BODY_BYTES} bytes.` });
  const body = await request.text();
  if (Buffer.byteLength(body) > MAX_BODY_BYTES)
    return reply(413, { error: `The body is larger than ${MAX_BODY_BYTES} bytes.` });
  const parsed = parseRevalidateRequest(body);
  if (!parsed.ok) return reply(400, { error: parsed.message });

  const previous = await getContentIndex().catch(() => undefined);
  let current;
  try {
    current = await reloadContentIndex(parsed.value.all ? undefined : parsed.value.slugs);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return reply(422, {
      error:
        'The content has problems, so the site keeps serving the previous version. Fix these and call again:',
      report: error.message.trim(),
    });
  }
  // The banner is on every page: a new, changed or withdrawn one expires them all.
  const everything = breakingNewsChanged(previous?.breaking, current.breaking);
  const { targets, unknownSlugs } = revalidationTargets(
    everything ? { ...parsed.value, all: true } : parsed.value,
    previous ? [previous, current] : [current],
  );
  for (const target of targets) revalidatePath(target.path, target.type);
  // After the pages are expired, so the microcache cannot refill from a page about to be replaced.
  announceContentChanged({ source: 'reload' });
  return reply(200, {
    revalidated: targets.map((t) => (t.type ? `${t.path} (${t.type})` : t.path)),
    unknownSlugs,
  });
}

function reply(status: number, body: object, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store', ...headers } });
}
