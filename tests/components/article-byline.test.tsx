// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleByline } from '@/components/article-byline';
import { makeSummary } from '../support/article-summary';

afterEach(cleanup);

describe('ArticleByline', () => {
  it('reads "by <Author>" with a link to the author, the time in the site time zone, and reading time', () => {
    const { container } = render(
      <ArticleByline
        article={makeSummary({ date: '2026-06-30T23:30:00.000Z' })}
        timeZone="Europe/London"
        language="en-GB"
      />,
    );
    expect(screen.getByText(/^by/).textContent).toBe('by Ada Byline');
    expect(screen.getByRole('link', { name: 'Ada Byline' }).getAttribute('href')).toBe('/authors/ada');
    const time = container.querySelector('time');
    // 23:30 UTC on 30 June is 00:30 on 1 July in London.
    expect(time?.textContent).toBe('1 July 2026, 00:30 BST');
    expect(container.querySelector('.byline-meta')?.textContent).toMatch(
      /^Published 1 July 2026, 00:30 BST · 4 min read$/,
    );
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
        article={makeSummary({ authors, updated: '2026-11-19T17:05:00.000Z' })}
        timeZone="Europe/London"
        language="en-GB"
      />,
    );
    expect(screen.getByText(/^by/).textContent).toBe('by Ada Byline, Ben Column and Cy Deck');
    expect(screen.getByText(/Updated/).textContent).toContain('Updated 19 November 2026, 17:05 GMT');
  });

  it('says who each author is: their role after their name', () => {
    const authors = [
      { id: 'ada', name: 'Ada Byline', href: '/authors/ada', role: 'Business correspondent' },
      { id: 'ben', name: 'Ben Column', href: '/authors/ben', role: 'Data editor' },
    ];
    render(<ArticleByline article={makeSummary({ authors })} timeZone="Europe/London" language="en-GB" />);
    expect(screen.getByText(/^by/).textContent).toBe(
      'by Ada Byline, Business correspondent and Ben Column, Data editor',
    );
    expect(screen.getByRole('link', { name: 'Ben Column' }).getAttribute('href')).toBe('/authors/ben');
  });

  it("names the zone the way the site's language does, either side of a clock change", () => {
    const at = (date: string, timeZone: string, language: string) => {
      const { container } = render(
        <ArticleByline article={makeSummary({ date })} timeZone={timeZone} language={language} />,
      );
      const text = container.querySelector('time')?.textContent;
      cleanup();
      return text;
    };
    // London leaves GMT at 01:00 UTC on 29 March 2026 and returns at 01:00 UTC on 25 October.
    expect(at('2026-03-29T00:59:00Z', 'Europe/London', 'en-GB')).toBe('29 March 2026, 00:59 GMT');
    expect(at('2026-03-29T01:00:00Z', 'Europe/London', 'en-GB')).toBe('29 March 2026, 02:00 BST');
    expect(at('2026-10-25T00:59:00Z', 'Europe/London', 'en-GB')).toBe('25 October 2026, 01:59 BST');
    expect(at('2026-10-25T01:00:00Z', 'Europe/London', 'en-GB')).toBe('25 October 2026, 01:00 GMT');
    expect(at('2026-07-01T12:00:00Z', 'America/New_York', 'en-US')).toBe('1 July 2026, 08:00 EDT');
    expect(at('2026-01-01T12:00:00Z', 'Asia/Tokyo', 'en-GB')).toBe('1 January 2026, 21:00 GMT+9');
  });
});
