import { NextResponse, type NextRequest } from 'next/server';
import { articlePath, findArticle, getAudience, getContentIndex } from '@/lib/content';

/**
 * Turns requests Next.js would answer with a 500 into the site's 404 page (a path with a malformed
 * percent-escape cannot be decoded into route params), and sends a story asked for under another
 * section to its one URL.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!isDecodable(pathname)) {
    return NextResponse.rewrite(new URL('/_/_/not-found', request.url), { status: 404 });
  }
  const canonical = await canonicalArticlePath(pathname);
  if (canonical) return NextResponse.redirect(new URL(canonical, request.url), 308);
  return NextResponse.next();
}

/**
 * Redirecting here rather than in the page: a redirect rendered by an ISR page is replayed from the
 * cache with a second `Location` header (vercel/next.js#82117), which some crawlers refuse.
 */
async function canonicalArticlePath(pathname: string): Promise<string | undefined> {
  const match = /^\/([^/]+)\/([^/]+)$/.exec(pathname);
  if (!match) return undefined;
  const [, section, slug] = match as unknown as [string, string, string];
  const index = await getContentIndex();
  if (!index.sections.some((s) => s.slug === section)) return undefined;
  const article = findArticle(index, decodeURIComponent(slug), getAudience());
  return article && article.section !== section ? articlePath(article) : undefined;
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
