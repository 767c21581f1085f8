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

  it('says what a story is before its headline, and sets opinion and sponsored cards apart', () => {
    const { container, rerender } = render(
      <ArticleCard article={makeSummary({ label: 'Analysis' })} timeZone="Europe/London" />,
    );
    expect(screen.getByRole('heading').textContent).toBe('Analysis Carmaker picks Liverpool');
    expect(container.querySelector('.card')?.className).toBe('card');
    rerender(
      <ArticleCard article={makeSummary({ label: 'Opinion', opinion: true })} timeZone="Europe/London" />,
    );
    expect(container.querySelector('.card')?.className).toBe('card card-opinion');
    expect(container.querySelector('.type-label')?.className).toBe('type-label type-label-opinion');
    rerender(
      <ArticleCard
        article={makeSummary({ label: 'Sponsored by Pennine Water', sponsored: true })}
        timeZone="Europe/London"
      />,
    );
    expect(container.querySelector('.card')?.className).toBe('card card-sponsored');
    expect(container.querySelector('.type-label')?.textContent).toBe('Sponsored by Pennine Water');
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
