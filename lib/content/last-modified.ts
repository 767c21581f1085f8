import type { Article, Correction } from './article';

/**
 * When an article last changed: its `updated` time, or its latest correction or clarification when
 * that is later (a reader and a crawler should see that the story changed), else its publication.
 * Updates and editor's notes add context without changing the story, so they do not count.
 */
export function lastModified(article: Pick<Article, 'date' | 'updated' | 'corrections'>): string {
  let latest = article.updated ?? article.date;
  for (const note of article.corrections)
    if (isOnRecord(note) && note.date > latest) latest = note.date;
  return latest;
}

/**
 * Whether a note is on the public record of what the story got wrong or left unclear: corrections and
 * clarifications (listed on /corrections, in the structured data, and changing dateModified).
 */
export const isOnRecord = (note: Pick<Correction, 'kind'>): boolean =>
  note.kind === 'correction' || note.kind === 'clarification';
