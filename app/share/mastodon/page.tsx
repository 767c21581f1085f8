import type { Metadata } from 'next';
import { getContentIndex } from '@/lib/content';
import { pageMetadata } from '../../_views/page-metadata';

export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContentIndex();
  const metadata = pageMetadata(site, {
    title: 'Share on Mastodon',
    description: 'Share a story on your Mastodon server.',
    path: '/share/mastodon',
  });
  return { ...metadata, robots: { index: false, follow: false } };
}

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/**
 * Mastodon has no one address to share to: this page asks for the reader's server, then sends them
 * to its share page (app/api/share/mastodon). Only stories of this site are offered.
 */
export default async function ShareOnMastodon(props: PageProps<'/share/mastodon'>) {
  const params = await props.searchParams;
  const { site } = await getContentIndex();
  const url = one(params.url);
  const ours = url.startsWith(`${site.url}/`) && URL.canParse(url);
  const title = one(params.title).slice(0, 300);
  return (
    <div className="share-page">
      <h1>Share on Mastodon</h1>
      {!ours ? (
        <p>
          There is nothing to share from here. Open a story and choose “Mastodon” under it, or go to the{' '}
          <a href="/">home page</a>.
        </p>
      ) : (
        <>
          <p>
            You are sharing <a href={url}>{title || url}</a>.
          </p>
          {one(params.error) === 'server' && (
            <p className="form-error" role="alert">
              That does not look like a Mastodon server. Type its address, such as mastodon.social.
            </p>
          )}
          <form action="/api/share/mastodon" method="get" className="share-form">
            <input type="hidden" name="url" value={url} />
            <input type="hidden" name="title" value={title} />
            <p>
              <label htmlFor="mastodon-server">Your Mastodon server</label>
              <input
                id="mastodon-server"
                name="server"
                type="text"
                inputMode="url"
                autoComplete="url"
                placeholder="mastodon.social"
                required
                maxLength={253}
                aria-describedby="mastodon-server-hint"
              />
            </p>
            <p id="mastodon-server-hint" className="hint">
              The server you signed up on, or your whole address, such as @you@mastodon.social.
            </p>
            <button type="submit">Continue to Mastodon</button>
          </form>
        </>
      )}
    </div>
  );
}
