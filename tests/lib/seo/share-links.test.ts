import { describe, expect, it } from 'vitest';
import { mastodonShareUrl, shareLinks } from '@/lib/seo/share-links';

describe('shareLinks', () => {
  const url = 'https://news.example/news/tram-line-opens';
  const title = 'Tram & bus: “fares” <frozen>';
  const links = shareLinks(url, title);

  it('offers every service, each with the canonical URL and the title, encoded', () => {
    expect(links.map((l) => l.name)).toEqual(['Email', 'Bluesky', 'Mastodon', 'X', 'Facebook', 'LinkedIn', 'WhatsApp']);
    for (const link of links) {
      const decoded = decodeURIComponent(link.href.replace(/\+/g, ' '));
      expect(decoded, link.name).toContain(url);
      if (!['Facebook', 'LinkedIn'].includes(link.name)) expect(decoded, link.name).toContain(title);
      expect(link.href, link.name).not.toMatch(/[<>"\s]/);
    }
  });

  it('sends Mastodon through this site’s own page, and everything else straight to the service', () => {
    expect(links.find((l) => l.name === 'Mastodon')?.href).toMatch(/^\/share\/mastodon\?url=/);
    expect(links.find((l) => l.name === 'Email')?.href).toMatch(/^mailto:\?subject=/);
    for (const link of links.filter((l) => !['Mastodon', 'Email'].includes(l.name)))
      expect(new URL(link.href).protocol).toBe('https:');
  });
});

describe('mastodonShareUrl', () => {
  it('reads a server name, a whole address or a URL as the server to share on', () => {
    const expected = 'https://mastodon.social/share?text=Hi+there';
    for (const typed of ['mastodon.social', ' Mastodon.Social ', '@ada@mastodon.social', 'ada@mastodon.social', 'https://mastodon.social/'])
      expect(mastodonShareUrl(typed, 'Hi there'), typed).toBe(expected);
  });

  it('refuses anything that is not a host name', () => {
    for (const typed of ['', 'javascript:alert(1)', 'localhost', 'evil.example/path', 'a b.example', 'x.example:8080', '//x.example'])
      expect(mastodonShareUrl(typed, 'Hi'), typed).toBeUndefined();
  });
});
