import type { Correction } from '@/lib/content/article';
import { PublishedDate } from './published-date';

/** Corrections made after publication, dated, where a reader of the article will see them. */
export function CorrectionNotes({ corrections, timeZone }: { corrections: Correction[]; timeZone: string }) {
  if (corrections.length === 0) return null;
  return (
    <aside className="corrections" aria-labelledby="corrections-heading">
      <h2 id="corrections-heading">{corrections.length === 1 ? 'Correction' : 'Corrections'}</h2>
      <ul>
        {corrections.map((c) => (
          <li key={`${c.date}${c.text}`}>
            <PublishedDate iso={c.date} timeZone={timeZone} />: {c.text}
          </li>
        ))}
      </ul>
    </aside>
  );
}
