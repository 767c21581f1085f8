import { describe, expect, it } from 'vitest';
import { EMBED_FRAME_ORIGINS } from '../../../next.config.mjs';
import { EMBED_PROVIDERS, embedOfParagraph, embedPage, parseEmbedUrl, withEmbedCards } from '@/lib/embeds/embed-url';
import { parseMarkdown } from '@/lib/markdown/parse-markdown';

const tree = (markdown: string) => {
  const parsed = parseMarkdown(markdown);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value.tree;
};

describe('parseEmbedUrl', () => {
  it.each([
    ['https://www.youtube.com/watch?v=aqz-KE-bpKQ', 'youtube', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ'],
    ['https://youtu.be/aqz-KE-bpKQ?t=30', 'youtube', 'https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ'],
    ['https://m.youtube.com/shorts/abc123', 'youtube', 'https://www.youtube-nocookie.com/embed/abc123'],
    ['https://vimeo.com/76979871', 'vimeo', 'https://player.vimeo.com/video/76979871?dnt=1'],
    ['https://bsky.app/profile/ada.example/post/3kabc', 'bluesky', 'https://embed.bsky.app/embed/ada.example/app.bsky.feed.post/3kabc'],
    ['https://x.com/ada/status/1234567890', 'x', 'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1234567890'],
    ['https://twitter.com/ada/status/1234567890', 'x', 'https://platform.twitter.com/embed/Tweet.html?dnt=true&id=1234567890'],
    ['https://www.instagram.com/p/C0abcDEF/', 'instagram', 'https://www.instagram.com/p/C0abcDEF/embed'],
    ['https://mastodon.social/@ada/111222333', 'mastodon', undefined],
  ])('reads %s as %s', (url, provider, player) => {
    expect(parseEmbedUrl(url)).toEqual({ provider, url: new URL(url).href, playerUrl: player });
  });

  it('leaves every other link a link', () => {
    for (const url of [
      'http://www.youtube.com/watch?v=abc', // not https
      'https://www.youtube.com/watch?v=<script>',
      'https://youtube.com.evil.example/watch?v=abc',
      'https://vimeo.com/channels/staffpicks',
      'https://x.com/ada',
      'https://user:pass@youtu.be/abc',
      'javascript:alert(1)',
      'https://news.example/news/story',
      'not a url',
    ])
      expect(parseEmbedUrl(url), url).toBeUndefined();
  });

  it('plays each provider from the one origin the embed page’s policy allows', () => {
    for (const [provider, { frameOrigin }] of Object.entries(EMBED_PROVIDERS))
      expect(EMBED_FRAME_ORIGINS[provider as keyof typeof EMBED_FRAME_ORIGINS], provider).toBe(frameOrigin);
    const embed = parseEmbedUrl('https://youtu.be/abc')!;
    expect(embedPage(embed)).toBe('/embed/youtube');
    expect(embedPage(parseEmbedUrl('https://mastodon.social/@ada/1')!)).toBeUndefined();
  });
});

describe('embeds in a body', () => {
  it('turns a URL alone on a line into a card, with the editor’s caption and poster when written as a link', () => {
    const body = tree(
      'Intro.\n\nhttps://youtu.be/abc\n\n[The final whistle](https://vimeo.com/123 "/images/poster.jpg")\n\nSee https://youtu.be/abc for more.',
    );
    const cards = withEmbedCards(body).children.filter((n) => n.type === 'element' && n.tagName === 'embed-card');
    expect(cards.map((c) => JSON.parse(String((c as { properties: { data: string } }).properties.data)))).toEqual([
      { provider: 'youtube', url: 'https://youtu.be/abc', playerUrl: 'https://www.youtube-nocookie.com/embed/abc' },
      {
        provider: 'vimeo',
        url: 'https://vimeo.com/123',
        playerUrl: 'https://player.vimeo.com/video/123?dnt=1',
        caption: 'The final whistle',
        poster: '/images/poster.jpg',
      },
    ]);
  });

  it('keeps a poster only from this site’s images, and a link inside a sentence as a link', () => {
    const [p] = tree('[Clip](https://youtu.be/abc "https://tracker.example/x.jpg")').children;
    expect(p?.type === 'element' && embedOfParagraph(p)).toEqual({
      provider: 'youtube',
      url: 'https://youtu.be/abc',
      playerUrl: 'https://www.youtube-nocookie.com/embed/abc',
      caption: 'Clip',
    });
    const [sentence] = tree('Watch https://youtu.be/abc now.').children;
    expect(sentence?.type === 'element' && embedOfParagraph(sentence)).toBeUndefined();
  });
});
