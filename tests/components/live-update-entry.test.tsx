// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveUpdateEntry } from '@/components/live-update-entry';
import { parseLiveUpdate } from '@/lib/live/live-update';

afterEach(cleanup);

const context = { timeZone: 'Europe/London', authorIds: new Set(['ada']) };
function entry(frontMatter: string, props: { latestDay?: string; pinnedCopy?: boolean } = {}) {
  const { update } = parseLiveUpdate(
    'content/live/storm/0914-roads.md',
    `---\n${frontMatter}\n---\n\nThe **A58** is closed.\n`,
    context,
  );
  if (!update) throw new Error('the update did not parse');
  return render(
    <LiveUpdateEntry
      update={update}
      authors={[{ id: 'ada', name: 'Ada Byline', href: '/authors/ada' }]}
      permalink="/news/storm/updates/0914-roads"
      timeZone="Europe/London"
      language="en-GB"
      latestDay={props.latestDay ?? '1 December 2026'}
      pinnedCopy={props.pinnedCopy}
    />,
  );
}

describe('LiveUpdateEntry', () => {
  it('shows the time with its zone, the labels, the title, the body, the byline and a permanent link', () => {
    const { container } = entry('time: 2026-12-01T09:14\ntitle: Roads closed\nkey: true\npinned: true');
    const article = container.querySelector('article');
    expect(article?.id).toBe('update-0914-roads');
    expect(container.querySelector('time')?.textContent).toBe('09:14 GMT');
    expect(container.querySelector('time')?.getAttribute('datetime')).toBe('2026-12-01T09:14:00+00:00');
    expect([...container.querySelectorAll('.live-label')].map((l) => l.textContent)).toEqual([
      'Key event',
      'Pinned',
    ]);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toBe('Roads closed');
    expect(container.querySelector('strong')?.textContent).toBe('A58');
    expect(container.querySelector('footer')?.textContent).toBe('by Ada BylineLink to this update');
    expect(screen.getByRole('link', { name: 'Link to this update' }).getAttribute('href')).toBe(
      '/news/storm/updates/0914-roads',
    );
  });

  it('gives an untitled update a heading for screen readers, and an older day its date', () => {
    const { container } = entry('time: 2026-11-30T23:50', { latestDay: '1 December 2026' });
    const heading = screen.getByRole('heading', { level: 3 });
    expect(heading.textContent).toBe('Update at 23:50 GMT');
    expect(heading.className).toBe('visually-hidden');
    expect(container.querySelector('time')?.textContent).toBe('30 November 2026, 23:50 GMT');
  });

  it('keeps the anchor on the update in the list, not on its pinned copy', () => {
    const { container } = entry('time: 2026-12-01T09:14\npinned: true', { pinnedCopy: true });
    expect(container.querySelector('article')?.id).toBe('');
    expect(container.querySelector('.live-label')).toBeNull();
  });
});
