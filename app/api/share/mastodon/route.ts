import { getContentIndex } from '@/lib/content';
import { mastodonShareUrl } from '@/lib/seo/share-links';

/**
 * Sends a reader to their Mastodon server's share page with a story of this site; back to the form
 * when what they typed is not a server's name. Only this site's stories are shared.
 */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const { site } = await getContentIndex();
  const url = params.get('url') ?? '';
  const title = (params.get('title') ?? '').slice(0, 300);
  if (!url.startsWith(`${site.url}/`) || !URL.canParse(url)) return redirect('/share/mastodon');
  const target = mastodonShareUrl(params.get('server') ?? '', `${title} ${url}`.trim());
  return redirect(target ?? `/share/mastodon?${new URLSearchParams({ url, title, error: 'server' })}`);
}

function redirect(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } });
}
