// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { Breadcrumb } from '@/components/breadcrumb';

afterEach(cleanup);

it('links Home and the section, and marks the title as the current page', () => {
  render(
    <Breadcrumb
      crumbs={[
        { name: 'Home', href: '/' },
        { name: 'Business', href: '/business' },
        { name: 'Carmaker picks Liverpool' },
      ]}
    />,
  );
  const nav = screen.getByRole('navigation', { name: 'Breadcrumb' });
  expect(within(nav).getByRole('link', { name: 'Home' }).getAttribute('href')).toBe('/');
  expect(within(nav).getByRole('link', { name: 'Business' }).getAttribute('href')).toBe('/business');
  expect(within(nav).queryByRole('link', { name: 'Carmaker picks Liverpool' })).toBeNull();
  expect(within(nav).getByText('Carmaker picks Liverpool').getAttribute('aria-current')).toBe('page');
  expect(nav.textContent).toBe('Home» Business» Carmaker picks Liverpool');
});
