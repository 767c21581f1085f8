import { NextResponse, type NextRequest } from 'next/server';
import { type Route, routeFor } from '@/lib/content';
import { PROXIED } from '@/lib/routing/route-table';
import { BRIEFLY_SHARED_HEADER, NOT_FOUND_PATH } from '@/lib/server/not-found-path.mjs';

/**
 * In front of every page: refuses methods the site does not serve, and asks the router what the path
 * is. A path that cannot exist is answered with one shared 404 page (so the page cache does not grow
 * with every invented URL, and a malformed percent-escape never reaches route params), and a redirect
 * (page 1 of a list, a story asked for under another section) is sent from here.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Pages are read, never written: other methods stop here (TRACE never gets this far: instrumentation.ts).
  const allowed = pathname.startsWith('/api/') ? ['GET', 'HEAD', 'POST'] : ['GET', 'HEAD'];
  if (!allowed.includes(request.method)) {
    return new NextResponse(null, { status: 405, headers: { Allow: allowed.join(', ') } });
  }
  if (!isDecodable(pathname)) return notFound(request);
  // Invalid content (possible in `next dev`) is the pages' to report, with the file and field.
  const route = await routeFor(pathname, request.nextUrl.search).catch(() => undefined);
  if (route?.kind === 'missing') return notFound(request);
  // One address per page: `/news/x/` is `/news/x` (what Next.js's own trailing-slash redirect did).
  if (route?.kind !== 'redirect' && pathname.length > 1 && pathname.endsWith('/'))
    return NextResponse.redirect(
      redirectTarget(request, `${pathname.replace(/\/+$/, '') || '/'}${request.nextUrl.search}`),
      308,
    );
  // A story taken down: its notice, rendered by an internal route, with the status that says so.
  if (route?.kind === 'gone')
    return NextResponse.rewrite(sameOrigin(request, `/_gone/${encodeURIComponent(route.article.slug)}`), {
      status: 410,
    });
  // Redirecting here rather than in the page: a redirect rendered by an ISR page is replayed from the
  // cache with a second `Location` header (vercel/next.js#82117), which some crawlers refuse. Next.js
  // sends the Location relative to the request, so it never names another host.
  const live = route && liveRewrite(route);
  const response =
    route?.kind === 'redirect'
      ? NextResponse.redirect(redirectTarget(request, route.location), route.status)
      : live
        ? NextResponse.rewrite(sameOrigin(request, live))
        : NextResponse.next();
  // Search results are public and the same for every reader: the server may share each for a second.
  if (route?.kind === 'page' && route.pattern === '/search') response.headers.set(BRIEFLY_SHARED_HEADER, '1');
  if (servedOverHttps(request))
    response.headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
  return response;
}

/**
 * A live story's pages are rendered by the internal routes under app/%5Flive, which keep them for
 * seconds where an article keeps its minute (route-table.ts's PROXIED).
 */
function liveRewrite(route: Route): string | undefined {
  if (route.kind !== 'article' || route.article.type !== 'live' || route.format) return undefined;
  const internal = route.pattern === '/[section]/[slug]' ? '/_live/[section]/[slug]' : PROXIED[route.pattern];
  if (!internal || internal === 'redirect') return undefined;
  const { section, slug } = route.article;
  return internal.replace('[section]', section).replace('[slug]', slug).replace('[page]', String(route.page));
}

/**
 * Renders the 404 page in place. (Start the server by name, `-H localhost`, not `-H 127.0.0.1`:
 * Next.js 16 spells a loopback IP as "localhost" in rewrite URLs, and with the server bound to
 * 127.0.0.1 every rewrite then looks external and is proxied over HTTP to the same server.)
 */
function notFound(request: NextRequest): NextResponse {
  return NextResponse.rewrite(sameOrigin(request, NOT_FOUND_PATH), { status: 404 });
}

/** A path on this server, as Next.js sees it; Next sends it on as a relative URL (never the Host header). */
function sameOrigin(request: NextRequest, path: string): URL {
  const url = request.nextUrl.clone();
  // A live update's link carries its anchor: the fragment is not part of the path.
  const hash = path.indexOf('#');
  url.pathname = hash === -1 ? path : path.slice(0, hash);
  url.search = '';
  url.hash = hash === -1 ? '' : path.slice(hash);
  return url;
}

/**
 * Where a redirect sends the reader, on this server. A plain URL, not Next.js's NextURL, which would
 * put back the trailing slash of the path asked for.
 */
function redirectTarget(request: NextRequest, location: string): URL {
  return new URL(location, sameOrigin(request, '/').href);
}

/** HSTS only means something over HTTPS; behind a TLS-terminating proxy, trust its X-Forwarded-Proto. */
function servedOverHttps(request: NextRequest): boolean {
  return (
    request.nextUrl.protocol === 'https:' ||
    request.headers.get('x-forwarded-proto')?.split(',')[0]?.trim() === 'https'
  );
}

function isDecodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

export const config = {
  // Static assets and images never carry route params.
  matcher: ['/((?!_next/static|_next/image|favicon.ico).*)'],
};
