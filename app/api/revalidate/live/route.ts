import { revalidatePath } from 'next/cache';
import { getContentIndex } from '@/lib/content';
import { isAuthorized } from '@/lib/revalidate/is-authorized';
import { parseRevalidateRequest } from '@/lib/revalidate/parse-revalidate-request';
import { liveRevalidationTargets } from '@/lib/revalidate/revalidation-targets';
import { internalOrigin } from '@/lib/state/process-state.mjs';

/**
 * Expires live stories' pages, feeds and the lists that show them, when the server's live watcher
 * (lib/live/watch-live.ts) saw their update files change. Only this process calls it, with the token
 * it made at start: pages can be expired only by a request (revalidatePath), and the watcher runs
 * outside one. To anyone else this route does not exist. Through the cache handler, the expiry
 * reaches every instance sharing Redis.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isAuthorized(request.headers.get('authorization'), internalOrigin().token)) return GET();
  const parsed = parseRevalidateRequest(await request.text());
  if (!parsed.ok || !parsed.value.slugs) return reply(400, { error: 'expected {"slugs": [...]}' });
  const index = await getContentIndex();
  const stories = parsed.value.slugs.flatMap((slug) => {
    const story = index.bySlug.get(slug);
    return story?.type === 'live' ? [story] : [];
  });
  const targets = liveRevalidationTargets(stories);
  for (const target of targets) revalidatePath(target.path, target.type);
  return reply(200, { revalidated: targets.map((t) => (t.type ? `${t.path} (${t.type})` : t.path)) });
}

/** Asked for by anyone, this route is not there. */
export function GET(): Response {
  return new Response('Not found', {
    status: 404,
    headers: { 'Cache-Control': 'no-store', 'Content-Type': 'text/plain; charset=utf-8' },
  });
}

function reply(status: number, body: object): Response {
  return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
}
