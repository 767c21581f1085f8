import type { Metadata } from 'next';
import { EMBED_PROVIDERS, type EmbedProvider, parseEmbedUrl } from '@/lib/embeds/embed-url';

export const metadata: Metadata = { title: 'Embedded post or video', robots: { index: false, follow: false } };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

/**
 * The one page that shows another service's player: a reader reaches it by choosing to, from an
 * embed's card. Its Content-Security-Policy allows frames from that provider's origin alone
 * (next.config.mjs); every other page keeps frame-src 'none'.
 */
export default async function EmbedPage(props: PageProps<'/embed/[provider]'>) {
  const { provider } = await props.params;
  const url = one((await props.searchParams).url);
  const embed = parseEmbedUrl(url);
  const known = EMBED_PROVIDERS[provider as EmbedProvider];
  if (!embed?.playerUrl || embed.provider !== provider || !known)
    return (
      <div className="embed-page">
        <h1>Nothing to show</h1>
        <p>
          This address is not a post or video we can show. Go to the <a href="/">home page</a>.
        </p>
      </div>
    );
  const what = known.verb === 'Watch' ? 'video' : 'post';
  return (
    <div className="embed-page">
      <h1>
        A {what} from {known.name}
      </h1>
      <p>
        {known.name} may set cookies and record that you watched or read this. <a href={embed.url}>Open it on {known.name}</a>{' '}
        instead, or go back to the story.
      </p>
      <div className={`embed-player embed-player-${provider}`}>
        <iframe
          src={embed.playerUrl}
          title={`${known.name} ${what}`}
          allow="fullscreen; picture-in-picture; encrypted-media"
          referrerPolicy="strict-origin-when-cross-origin"
          sandbox="allow-scripts allow-same-origin allow-popups allow-presentation"
        />
      </div>
    </div>
  );
}
