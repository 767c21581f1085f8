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
    />,
  );
  expect(screen.getByRole('link', { name: 'Skip to main content' }).getAttribute('href')).toBe('#main');
  expect(screen.getByRole('link', { name: 'The Ledger' }).getAttribute('href')).toBe('/');
  const nav = screen.getByRole('navigation', { name: 'Sections' });
  expect(
    within(nav)
      .getAllByRole('link')
      .map((a) => a.textContent),
  ).toEqual(['News', 'Sport']);
  const search = screen.getByRole('search');
  expect(search.getAttribute('action')).toBe('/search');
  expect(search.getAttribute('method')).toBe('get');
  expect(within(search).getByRole('searchbox', { name: 'Search articles' }).getAttribute('name')).toBe('q');
});
