/** Where a reader can share a story: each a plain link, so nothing is asked of a third party until clicked. */
export interface ShareLink {
  /** The service, as the link's visible name says it. */
  name: string;
  href: string;
}

/**
 * The share links of a story at its canonical `url`: email, Bluesky, Mastodon (through this site's
 * page that asks for the reader's own server, as there is no one Mastodon), X, Facebook, LinkedIn and
 * WhatsApp. Every value is percent-encoded, so a title can hold anything.
 */
export function shareLinks(url: string, title: string): ShareLink[] {
  const text = `${title} ${url}`;
  const q = encodeURIComponent;
  return [
    { name: 'Email', href: `mailto:?subject=${q(title)}&body=${q(`${title}\n\n${url}`)}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${q(text)}` },
    { name: 'Mastodon', href: `/share/mastodon?${new URLSearchParams({ url, title })}` },
    { name: 'X', href: `https://x.com/intent/post?${new URLSearchParams({ url, text: title })}` },
    {
      name: 'Facebook',
      href: `https://www.facebook.com/sharer/sharer.php?${new URLSearchParams({ u: url })}`,
    },
    {
      name: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?${new URLSearchParams({ url })}`,
    },
    { name: 'WhatsApp', href: `https://wa.me/?${new URLSearchParams({ text })}` },
  ];
}

/**
 * A Mastodon server's share page for `text`, from what a reader typed as their server
 * (`mastodon.social`, `@me@mastodon.social`, `https://mastodon.social/`), or undefined when it is not
 * a host name. Only the share page of that host: never another path, port or scheme.
 * @example mastodonShareUrl('@ada@social.example', 'Hi') // 'https://social.example/share?text=Hi'
 */
export function mastodonShareUrl(server: string, text: string): string | undefined {
  const host = server
    .trim()
    .toLowerCase()
    .replace(/^https?:\/\//, '')
    .replace(/^@?[^@/]+@/, '')
    .replace(/\/+$/, '');
  if (!/^(?=.{1,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(host)) return undefined;
  return `https://${host}/share?${new URLSearchParams({ text })}`;
}
