import { EMBED_PROVIDERS, type EmbedCardData, embedPage } from '@/lib/embeds/embed-url';

/**
 * A post or video from another service, as a card served from this site: the provider, the editor's
 * caption and poster, a link to the original, and (for a player) a button that opens this site's
 * page that plays it. Nothing here asks the provider for anything until the reader asks for it.
 */
export function EmbedCard({ embed }: { embed: EmbedCardData }) {
  const provider = EMBED_PROVIDERS[embed.provider];
  const player = embedPage(embed);
  const what = provider.verb === 'Watch' ? 'video' : 'post';
  const label = `${provider.verb} the ${what} from ${provider.name}${embed.caption ? `: ${embed.caption}` : ''}`;
  const face = (
    <>
      {embed.poster ? (
        <img src={embed.poster} alt="" loading="lazy" width={640} height={360} />
      ) : (
        <span className="embed-placeholder" aria-hidden="true">
          {provider.name}
        </span>
      )}
      {player && (
        <span className="embed-play" aria-hidden="true">
          {provider.verb === 'Watch' ? '▶' : '↗'}
        </span>
      )}
    </>
  );
  return (
    <figure className={`embed-card embed-${embed.provider}`}>
      {player ? (
        // A button, not a link: the player page is for a reader who asks for it, and crawlers, link
        // checkers and prefetchers follow links but do not submit forms, so none of them loads the
        // provider's player on the reader's behalf. A GET form works without JavaScript.
        <form action={player} method="get" className="embed-form">
          <input type="hidden" name="url" value={embed.url} />
          <button type="submit" className="embed-frame" aria-label={label}>
            {face}
          </button>
        </form>
      ) : (
        <a href={embed.url} rel="noopener noreferrer" className="embed-frame" aria-label={label}>
          {face}
        </a>
      )}
      <figcaption>
        <span className="embed-provider">{provider.name}</span>
        {embed.caption && <> · {embed.caption}</>}{' '}
        <a href={embed.url} rel="noopener noreferrer" className="embed-original">
          Open on {provider.name}
        </a>
      </figcaption>
    </figure>
  );
}
