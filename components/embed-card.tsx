import { EMBED_PROVIDERS, type EmbedCardData, embedPagePath } from '@/lib/embeds/embed-url';

/**
 * A post or video from another service, as a card served from this site: the provider, the editor's
 * caption and poster, a link to the original, and (for a player) a link to this site's page that
 * plays it. Nothing here asks the provider for anything until the reader follows a link.
 */
export function EmbedCard({ embed }: { embed: EmbedCardData }) {
  const provider = EMBED_PROVIDERS[embed.provider];
  const player = embedPagePath(embed);
  const what = provider.verb === 'Watch' ? 'video' : 'post';
  return (
    <figure className={`embed-card embed-${embed.provider}`}>
      <a
        href={player ?? embed.url}
        rel={player ? 'nofollow' : 'noopener noreferrer'}
        className="embed-frame"
        aria-label={`${provider.verb} the ${what} from ${provider.name}${embed.caption ? `: ${embed.caption}` : ''}`}
      >
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
      </a>
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
