// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleByline } from '@/components/article-byline';
import { makeSummary } from '../support/article-summary';

afterEach(cleanup);

describe('ArticleByline', () => {
  it('reads "by <Author>" with a link to the author, the date in the site time zone, and reading time', () => {
    const { container } = render(
      <ArticleByline article={makeSummary({ date: '2026-06-30T23:30:00.000Z' })} timeZone="Europe/London" />,
    );
    expect(screen.getByText(/^by/).textContent).toBe('by Ada Byline');
    expect(screen.getByRole('link', { name: 'Ada Byline' }).getAttribute('href')).toBe('/authors/ada');
    const time = container.querySelector('time');
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(time?.textContent).toBe('1 July 2026');
    expect(time?.getAttribute('datetime')).toBe('2026-07-01T00:30:00+01:00');
    expect(screen.getByText(/4 min read/)).toBeTruthy();
    expect(screen.queryByText(/Updated/)).toBeNull();
  });

  it('lists every co-author and shows the update date', () => {
    const authors = ['Ada Byline', 'Ben Column', 'Cy Deck'].map((name, i) => ({
      id: `a${i}`,
      name,
      href: `/authors/a${i}`,
    }));
    render(
      <ArticleByline
        article={makeSummary({ authors, updated: '2026-11-19T14:00:00.000Z' })}
        timeZone="Europe/London"
      />,
    );
    expect(screen.getByText(/^by/).textContent).toBe('by Ada Byline, Ben Column and Cy Deck');
    expect(screen.getByText(/Updated/).textContent).toContain('Updated 19 November 2026');
  });
});
