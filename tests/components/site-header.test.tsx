// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { SiteHeader } from '@/components/site-header';

afterEach(cleanup);

it('has a skip link, the site name linking home, the sections in order and a GET search form', () => {
  render(
    <SiteHeader
      siteName="The Ledger"
      sections={[
        { slug: 'news', name: 'News' },
        { slug: 'sport', name: 'Sport' },
      ]}
      lists={[{ href: '/opinion', name: 'Opinion' }]}
    />,
  );
  expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe('#main');
  expect(screen.getByRole('link', { name: 'The Ledger' }).getAttribute('href')).toBe('/');
  const nav = screen.getByRole('navigation', { name: 'Sections' });
  expect(
    within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent),
  ).toEqual(['News', 'Sport', 'Opinion']);
  expect(within(nav).getByRole('link', { name: 'Opinion' }).getAttribute('href')).toBe('/opinion');
  const search = screen.getByRole('search');
  expect(search.getAttribute('action')).toBe('/search');
  expect(search.getAttribute('method')).toBe('get');
  expect(within(search).getByRole('searchbox', { name: 'Search articles' }).getAttribute('name')).toBe('q');
});

it('shows breaking news above the masthead, after the skip link, only when there is some', () => {
  const { container } = render(
    <SiteHeader
      siteName="The Ledger"
      sections={[]}
      breaking={{ text: 'Storm closes Pennine roads', link: '/news/storm' }}
    />,
  );
  const region = screen.getByRole('region', { name: 'Breaking news' });
  expect(region.textContent).toBe('Breaking Storm closes Pennine roads');
  expect(within(region).getByRole('link', { name: 'Storm closes Pennine roads' }).getAttribute('href')).toBe(
    '/news/storm',
  );
  const links = [...container.querySelectorAll('a')].map((a) => a.textContent);
  expect(links.slice(0, 3)).toEqual(['Skip to main content', 'Storm closes Pennine roads', 'The Ledger']);
  cleanup();
  render(<SiteHeader siteName="The Ledger" sections={[]} />);
  expect(screen.queryByRole('region', { name: 'Breaking news' })).toBeNull();
});
