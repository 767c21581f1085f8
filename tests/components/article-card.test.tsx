// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleCard } from '@/components/article-card';
import { makeSummary } from '../support/article-summary';

afterEach(cleanup);

describe('ArticleCard', () => {
  it('gives a story its title link, byline and date, with no label', () => {
    const { container } = render(
      <ArticleCard article={makeSummary({ date: '2026-11-18T09:30:00.000Z' })} timeZone="Europe/London" />,
    );
    expect(container.querySelector('.live-label')).toBeNull();
    // The title's link is the heading's first child: no stray text before it.
    expect(container.querySelector('.card-title')?.firstChild?.nodeName).toBe('A');
    expect(container.querySelector('.meta')?.textContent).toBe('by Ada Byline · 18 November 2026');
  });

  it('labels a live story LIVE and gives its latest update’s time instead of its date', () => {
    const { container } = render(
      <ArticleCard
        article={makeSummary({ live: { lastUpdated: '2026-12-02T14:32:00.000Z', time: '14:32 GMT' } })}
        timeZone="Europe/London"
      />,
    );
    const heading = screen.getByRole('heading');
    expect(heading.textContent).toMatch(/^Live /);
    expect(container.querySelector('.live-label')?.textContent).toBe('Live');
    expect(container.querySelector('.meta')?.textContent).toBe('by Ada Byline · Last updated 14:32 GMT');
    expect(container.querySelector('.meta time')?.getAttribute('datetime')).toBe('2026-12-02T14:32:00+00:00');
  });
});
