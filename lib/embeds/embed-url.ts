import type { Element, ElementContent, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { explainImagePath } from '../content/image-path';

/**
 * The services whose posts and videos an editor can embed, each with the one origin its player is
 * served from (the embed page's Content-Security-Policy allows that origin and no other: see
 * next.config.mjs). Mastodon has no one origin (every server is its own), so its card links to the
 * post rather than to a player.
 */
export const EMBED_PROVIDERS = {
  youtube: { name: 'YouTube', verb: 'Watch', frameOrigin: 'https://www.youtube-nocookie.com' },
  vimeo: { name: 'Vimeo', verb: 'Watch', frameOrigin: 'https://player.vimeo.com' },
  bluesky: { name: 'Bluesky', verb: 'Read', frameOrigin: 'https://embed.bsky.app' },
  x: { name: 'X', verb: 'Read', frameOrigin: 'https://platform.twitter.com' },
  instagram: { name: 'Instagram', verb: 'See', frameOrigin: 'https://www.instagram.com' },
  mastodon: { name: 'Mastodon', verb: 'Read', frameOrigin: undefined },
} as const;
export type EmbedProvider = keyof typeof EMBED_PROVIDERS;

export interface Embed {
  provider: EmbedProvider;
  /** The post or video as the editor linked it. */
  url: string;
  /** The player's address, on the provider's one origin; none for Mastodon. */
  playerUrl?: string;
}

const ID = /^[\w-]{1,64}$/;

/**
 * What a link to another service embeds, or undefined for a link to anything else (it stays a link).
 * @example parseEmbedUrl('https://youtu.be/dQw4w9WgXcQ')?.playerUrl // 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ'
 */
export function parseEmbedUrl(href: string): Embed | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return undefined;
  const host = url.hostname.replace(/^(www|m|mobile)\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  const embed = (provider: EmbedProvider, playerUrl?: string): Embed => ({
    provider,
    url: url.href,
    playerUrl,
  });
  if (host === 'youtube.com' || host === 'youtu.be') {
    const id =
      host === 'youtu.be'
        ? parts[0]
        : parts[0] === 'watch'
          ? url.searchParams.get('v')
          : ['shorts', 'embed', 'live'].includes(parts[0] ?? '')
            ? parts[1]
            : undefined;
    return id && ID.test(id)
      ? embed('youtube', `${EMBED_PROVIDERS.youtube.frameOrigin}/embed/${id}`)
      : undefined;
  }
  if (host === 'vimeo.com' && parts.length === 1 && /^\d{1,20}$/.test(parts[0] ?? ''))
    return embed('vimeo', `${EMBED_PROVIDERS.vimeo.frameOrigin}/video/${parts[0]}?dnt=1`);
  if (host === 'bsky.app' && parts[0] === 'profile' && parts[2] === 'post' && parts.length === 4) {
    const [, actor = '', , post = ''] = parts;
    if (!/^[\w.:-]{1,253}$/.test(actor) || !ID.test(post)) return undefined;
    return embed(
      'bluesky',
      `${EMBED_PROVIDERS.bluesky.frameOrigin}/embed/${actor}/app.bsky.feed.post/${post}`,
    );
  }
  if (
    (host === 'x.com' || host === 'twitter.com') &&
    parts[1] === 'status' &&
    /^\d{1,25}$/.test(parts[2] ?? '')
  )
    return embed('x', `${EMBED_PROVIDERS.x.frameOrigin}/embed/Tweet.html?dnt=true&id=${parts[2]}`);
  if (
    host === 'instagram.com' &&
    ['p', 'reel'].includes(parts[0] ?? '') &&
    ID.test(parts[1] ?? '') &&
    parts.length === 2
  )
    return embed('instagram', `${EMBED_PROVIDERS.instagram.frameOrigin}/${parts[0]}/${parts[1]}/embed`);
  // A Mastodon post's address on any server: /@user/123456 (or /@user@server/123456).
  if (parts.length === 2 && /^@[\w.]+(@[\w.-]+)?$/.test(parts[0] ?? '') && /^\d{1,25}$/.test(parts[1] ?? ''))
    return embed('mastodon');
  return undefined;
}

/**
 * The page of this site that plays an embed, asked for with the embed's address as its `url`
 * parameter, or undefined where there is no player (Mastodon).
 */
export function embedPage(embed: Embed): string | undefined {
  return embed.playerUrl ? `/embed/${embed.provider}` : undefined;
}

export interface EmbedCardData extends Embed {
  /** The editor's caption: the link's text, when it is not the address itself. */
  caption?: string;
  /** A picture the editor supplied (the link's title, a path under /images/), shown on the card. */
  poster?: string;
}

/**
 * The card a body paragraph stands for when it is a link to an embeddable post or video and nothing
 * else (`https://youtu.be/…` alone on a line, or `[Caption](https://youtu.be/… "/images/poster.jpg")`).
 */
export function embedOfParagraph(node: Element): EmbedCardData | undefined {
  if (node.tagName !== 'p') return undefined;
  const children = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const [link] = children;
  if (children.length !== 1 || link?.type !== 'element' || link.tagName !== 'a') return undefined;
  const { href, title } = link.properties;
  const embed = typeof href === 'string' ? parseEmbedUrl(href) : undefined;
  if (!embed) return undefined;
  const text = toString(link).trim();
  const poster =
    typeof title === 'string' && title.startsWith('/images/') && !explainImagePath(title, title)
      ? title
      : undefined;
  return { ...embed, ...(text && text !== href && { caption: text }), ...(poster && { poster }) };
}

/** The tree with each embed paragraph replaced by an `embed-card` element the page renders as a card. */
export function withEmbedCards(tree: Root): Root {
  let changed = false;
  const children = tree.children.map((node): Root['children'][number] => {
    const card = node.type === 'element' ? embedOfParagraph(node) : undefined;
    if (!card) return node;
    changed = true;
    return {
      type: 'element',
      tagName: 'embed-card',
      properties: { data: JSON.stringify(card) },
      children: [] as ElementContent[],
    };
  });
  return changed ? { ...tree, children } : tree;
}
