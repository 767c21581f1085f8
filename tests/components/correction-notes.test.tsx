// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { CorrectionNotes } from '@/components/correction-notes';

afterEach(cleanup);

it('shows each correction with its date under a labelled note', () => {
  render(
    <CorrectionNotes
      corrections={[{ date: '2026-11-19T10:00:00.000Z', text: 'The plant employs 600 people, not 6,000.' }]}
      timeZone="Europe/London"
    />,
  );
  const note = screen.getByRole('complementary', { name: 'Correction' });
  expect(note.textContent).toContain('19 November 2026: The plant employs 600 people, not 6,000.');
});

it('renders nothing without corrections', () => {
  const { container } = render(<CorrectionNotes corrections={[]} timeZone="Europe/London" />);
  expect(container.innerHTML).toBe('');
});
