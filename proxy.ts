import { NextResponse, type NextRequest } from 'next/server';

/**
 * Turns requests Next.js would answer with a 500 into the site's 404 page: a path with a malformed
 * percent-escape cannot be decoded into route params.
 */
export function proxy(request: NextRequest) {
  if (!isDecodable(request.nextUrl.pathname)) {
    return NextResponse.rewrite(new URL('/_/_/not-found', request.url), { status: 404 });
  }
  return NextResponse.next();
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
