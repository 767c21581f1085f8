// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { CorrectionNotes, CorrectionNotice } from '@/components/correction-notes';
import type { Correction } from '@/lib/content/article';
import { parseInlineMarkdown } from '@/lib/markdown/parse-inline-markdown';

afterEach(cleanup);

function note(kind: Correction['kind'], date: string, markdown: string): Correction {
  const parsed = parseInlineMarkdown(markdown);
  if (!parsed.ok) throw new Error(parsed.message);
  return { kind, date, text: parsed.plainText, inline: parsed.inline };
}
const notes = [
  note('update', '2026-11-21T09:00:00.000Z', 'The council has since [published its figures](/news/figures).'),
  note('correction', '2026-11-19T10:00:00.000Z', 'The plant employs *600* people, not 6,000.'),
  note('clarification', '2026-11-20T10:00:00.000Z', 'The jobs are over five years.'),
];

it('lists every note at the end, oldest first, each named for what it is, with its links', () => {
  render(<CorrectionNotes corrections={notes} timeZone="Europe/London" />);
  const region = screen.getByRole('complementary', { name: 'Corrections and notes' });
  const items = [...region.querySelectorAll('li')];
  expect(items.map((li) => [li.id, li.textContent])).toEqual([
    ['note-2', 'Correction, 19 November 2026: The plant employs 600 people, not 6,000.'],
    ['note-3', 'Clarification, 20 November 2026: The jobs are over five years.'],
    ['note-1', 'Update, 21 November 2026: The council has since published its figures.'],
  ]);
  expect(items[1]?.querySelector('em')).toBeNull();
  expect(items[0]?.querySelector('em')?.textContent).toBe('600');
  expect(items[2]?.querySelector('a')?.getAttribute('href')).toBe('/news/figures');
});

it('names a single correction "Correction"', () => {
  render(<CorrectionNotes corrections={[notes[1]!]} timeZone="Europe/London" />);
  expect(screen.getByRole('complementary', { name: 'Correction' })).toBeTruthy();
});

it('gives the latest correction or clarification under the byline, linking to its note', () => {
  const { container } = render(<CorrectionNotice corrections={notes} timeZone="Europe/London" />);
  expect(container.textContent).toBe(
    'Clarified on 20 November 2026: The jobs are over five years. Read the full note',
  );
  expect(container.querySelector('a')?.getAttribute('href')).toBe('#note-3');
});

it('shows no notice for updates and editor’s notes, and nothing without notes', () => {
  const { container } = render(<CorrectionNotice corrections={[notes[0]!]} timeZone="Europe/London" />);
  expect(container.innerHTML).toBe('');
  const none = render(<CorrectionNotes corrections={[]} timeZone="Europe/London" />);
  expect(none.container.innerHTML).toBe('');
});
