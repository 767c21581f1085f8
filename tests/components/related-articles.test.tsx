// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { RelatedArticles } from '@/components/related-articles';
import { makeSummary } from '../support/article-summary';

afterEach(cleanup);

it('lists each related article as a link with its section and date under "You may also like"', () => {
  const articles = [
    makeSummary(),
    makeSummary({
      slug: 'rail',
      href: '/news/rail',
      title: 'Rail line reopens',
      section: { slug: 'news', name: 'News', href: '/news' },
    }),
  ];
  render(<RelatedArticles articles={articles} timeZone="Europe/London" />);
  const region = screen.getByRole('region', { name: 'You may also like' });
  const items = within(region).getAllByRole('listitem');
  expect(items).toHaveLength(2);
  expect(within(items[1]!).getByRole('link', { name: 'Rail line reopens' }).getAttribute('href')).toBe(
    '/news/rail',
  );
  expect(items[1]!.textContent).toContain('News · 18 November 2026');
});

it('renders nothing when there is nothing to suggest', () => {
  const { container } = render(<RelatedArticles articles={[]} timeZone="Europe/London" />);
  expect(container.innerHTML).toBe('');
});
