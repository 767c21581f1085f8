// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EmbedCard } from '@/components/embed-card';
import { parseEmbedUrl } from '@/lib/embeds/embed-url';

afterEach(cleanup);

const card = (url: string, extra: { caption?: string; poster?: string } = {}) => ({ ...parseEmbedUrl(url)!, ...extra });

describe('EmbedCard', () => {
  it('asks for the player with a button that submits a GET form, so no link leads a crawler to it', () => {
    const { container } = render(
      <EmbedCard embed={card('https://www.youtube.com/watch?v=aqz-KE-bpKQ', { caption: 'The cast', poster: '/images/cast.jpg' })} />,
    );
    const button = screen.getByRole('button', { name: 'Watch the video from YouTube: The cast' });
    const form = button.closest('form')!;
    expect(form.getAttribute('action')).toBe('/embed/youtube');
    expect(form.getAttribute('method')).toBe('get');
    const fields = [...form.querySelectorAll('input')].map((i) => [i.type, i.name, i.value]);
    expect(fields).toEqual([['hidden', 'url', 'https://www.youtube.com/watch?v=aqz-KE-bpKQ']]);
    expect(button.querySelector('img')?.getAttribute('src')).toBe('/images/cast.jpg');
    const links = [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['https://www.youtube.com/watch?v=aqz-KE-bpKQ']);
    expect(screen.getByRole('link').textContent).toBe('Open on YouTube');
  });

  it('links a post with no player to the original, with no form', () => {
    const { container } = render(<EmbedCard embed={card('https://mastodon.social/@ada/1')} />);
    expect(container.querySelector('form')).toBeNull();
    const links = [...container.querySelectorAll('a')].map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')]);
    expect(links).toEqual([
      ['https://mastodon.social/@ada/1', 'Read the post from Mastodon'],
      ['https://mastodon.social/@ada/1', null],
    ]);
  });
});
