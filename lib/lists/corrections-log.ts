import type { Article, Correction } from '../content/article';
import type { ContentIndex } from '../content/content-index';
import { isOnRecord } from '../content/last-modified';
import { perIndex } from '../content/per-index';
import { type Audience, isVisible } from '../content/visibility';
import { type Paged, paginate } from './paginate';

/** A correction or clarification on the record, with the story it is on and its place among its notes. */
export interface LoggedCorrection {
  article: Article;
  note: Correction;
  /** Its index in the story's `corrections`: the page's anchor is noteId(position). */
  position: number;
}

export const CORRECTIONS_PER_PAGE = 20;

// Found once per content index: the router asks on every request for /corrections/page/N.
const everyCorrection = perIndex((index): LoggedCorrection[] =>
  index.articles
    .flatMap((article) =>
      article.corrections.flatMap((note, position) =>
        isOnRecord(note) ? [{ article, note, position }] : [],
      ),
    )
    .sort((a, b) => b.note.date.localeCompare(a.note.date) || a.article.slug.localeCompare(b.article.slug)),
);

/**
 * Every correction and clarification across the site on stories the audience may see, newest first
 * (by the note's date): the public record /corrections and its feeds show.
 */
export function correctionsLog(index: ContentIndex, audience: Audience): LoggedCorrection[] {
  const now = audience.now.toISOString();
  return everyCorrection(index).filter(
    (entry) => isVisible(entry.article, audience) && (audience.preview || entry.note.date <= now),
  );
}

/** One page of the log, or undefined past the last (page 1 always exists, empty or not). */
export function correctionsPage(
  index: ContentIndex,
  audience: Audience,
  page: number,
): Paged<LoggedCorrection> | undefined {
  return paginate(correctionsLog(index, audience), page, CORRECTIONS_PER_PAGE);
}
