import type { ArticleSummary } from '@/lib/content/article-summary';
import { formatDisplayDate, formatIsoInZone, formatTimeOfDay } from '@/lib/dates/format-date';
import { type LiveUpdate, updateHeading } from '@/lib/live/live-update';
import { ArticleBody } from './article-body';
import { AuthorNames } from './author-names';

interface Props {
  update: LiveUpdate;
  authors: ArticleSummary['authors'];
  /** The update's permanent address, which finds it on whichever page it is. */
  permalink: string;
  timeZone: string;
  language: string;
  /** The day of the blog's latest update: an update of another day shows its date too. */
  latestDay: string;
  /** The pinned copy at the top of the page carries no id: the update keeps its anchor in the list. */
  pinnedCopy?: boolean;
}

/** One timestamped update of a live story: time, labels, title, body, who wrote it and its link. */
export function LiveUpdateEntry({
  update,
  authors,
  permalink,
  timeZone,
  language,
  latestDay,
  pinnedCopy,
}: Props) {
  const day = formatDisplayDate(update.time, timeZone);
  const time = formatTimeOfDay(update.time, timeZone, language);
  return (
    <article className="live-update" id={pinnedCopy ? undefined : `update-${update.id}`}>
      <header>
        <p className="live-update-meta">
          <time dateTime={formatIsoInZone(update.time, timeZone)}>
            {day === latestDay ? time : `${day}, ${time}`}
          </time>
          {update.key && <span className="live-label live-label-key">Key event</span>}
          {update.pinned && !pinnedCopy && <span className="live-label">Pinned</span>}
        </p>
        {update.title ? (
          <h3>{update.title}</h3>
        ) : (
          <h3 className="visually-hidden">{updateHeading(update, time)}</h3>
        )}
      </header>
      <ArticleBody tree={update.tree} images={update.images} />
      <footer className="live-update-footer">
        <span>
          by <AuthorNames authors={authors} />
        </span>
        <a href={permalink}>Link to this update</a>
      </footer>
    </article>
  );
}
