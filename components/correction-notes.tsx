import type { Correction } from '@/lib/content/article';
import { isOnRecord } from '@/lib/content/last-modified';
import { truncateAtWord } from '@/lib/text/truncate';
import { InlineMarkdown } from './inline-markdown';
import { PublishedDate } from './published-date';

const KIND_NAMES: Record<Correction['kind'], string> = {
  correction: 'Correction',
  clarification: 'Clarification',
  update: 'Update',
  'editors-note': 'Editor’s note',
};
const NOTICE_VERBS: Partial<Record<Correction['kind'], string>> = {
  correction: 'Corrected',
  clarification: 'Clarified',
};

/** The anchor of a story's note at the end of its page: `note-1` is the oldest. */
export const noteId = (position: number) => `note-${position + 1}`;

/**
 * Every note on the story at its end, oldest first, each dated and named for what it is; the notice
 * under the byline and /corrections link to each by its anchor.
 */
export function CorrectionNotes({ corrections, timeZone }: { corrections: Correction[]; timeZone: string }) {
  if (corrections.length === 0) return null;
  const oldestFirst = corrections
    .map((note, i) => ({ note, i }))
    .toSorted((a, b) => a.note.date.localeCompare(b.note.date));
  const heading = corrections.every(isOnRecord)
    ? corrections.length === 1
      ? 'Correction'
      : 'Corrections'
    : 'Corrections and notes';
  return (
    <aside className="corrections" id="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{heading}</h2>
      <ol>
        {oldestFirst.map(({ note, i }) => (
          <li key={i} id={noteId(i)}>
            <strong>{KIND_NAMES[note.kind]}</strong>, <PublishedDate iso={note.date} timeZone={timeZone} />:{' '}
            <InlineMarkdown nodes={note.inline} />
          </li>
        ))}
      </ol>
    </aside>
  );
}

/**
 * The latest correction or clarification, under the byline where a reader starts ("Corrected on 19
 * November 2026: …"), linking to the full note; nothing when the story has neither.
 */
export function CorrectionNotice({ corrections, timeZone }: { corrections: Correction[]; timeZone: string }) {
  const latest = corrections
    .map((note, i) => ({ note, i }))
    .filter(({ note }) => isOnRecord(note))
    .toSorted((a, b) => b.note.date.localeCompare(a.note.date))[0];
  if (!latest) return null;
  const { note, i } = latest;
  return (
    <p className="correction-notice">
      <strong>
        {NOTICE_VERBS[note.kind]} on <PublishedDate iso={note.date} timeZone={timeZone} />
      </strong>
      : {truncateAtWord(note.text, 140)} <a href={`#${noteId(i)}`}>Read the full note</a>
    </p>
  );
}
