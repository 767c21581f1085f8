import type { Article } from '../content/article';
import type { ContentProblem } from '../content/problem';
import type { LiveUpdate } from './live-update';

/** A live story's updates as readers see them, and what is wrong with the files left out. */
export interface LiveCoverage {
  story: Article;
  /** Newest first; the valid updates only. */
  updates: LiveUpdate[];
  pinned?: LiveUpdate;
  /** The newest update's time, or the story's own date before the first update. */
  lastUpdated: string;
  /** When the story is `ended`: the last update's time. */
  coverageEnd?: string;
  problems: ContentProblem[];
}

/**
 * Checks a story's parsed updates against the story and each other, and orders them newest first.
 * An update before the story's date, one in the future (a clock can be wrong, a reader's page
 * cannot), a second pinned update or a second file with the same id is a problem naming its file and
 * line, and is left out: the rest of the coverage stands.
 */
export function assembleCoverage(
  story: Article,
  parsed: readonly LiveUpdate[],
  now: Date,
  problems: readonly ContentProblem[] = [],
  /** Files whose updates have problems of their own: checked with the rest, then left out. */
  invalid: ReadonlySet<string> = new Set(),
): LiveCoverage {
  const found = [...problems];
  const where = (u: LiveUpdate) => ({ file: u.file, line: u.timeLine, field: 'time' });
  const ids = new Map<string, LiveUpdate>();
  const checked: LiveUpdate[] = [];
  for (const update of [...parsed].sort((a, b) => compare(a.file, b.file))) {
    if (update.time < story.date)
      found.push({
        ...where(update),
        code: 'update-before-story',
        message: `expected a time on or after the story's date (${story.date}, ${story.file}), found ${update.time}`,
      });
    else if (Date.parse(update.time) > now.getTime())
      found.push({
        ...where(update),
        code: 'update-in-future',
        message: `expected a time no later than now (${now.toISOString()}), found ${update.time}; an update is published when its file lands`,
      });
    else if (ids.has(update.id))
      found.push({
        file: update.file,
        field: 'file',
        code: 'duplicate-id',
        message: `expected a file name of its own: ${ids.get(update.id)?.file} has the same id, "${update.id}"`,
      });
    else {
      ids.set(update.id, update);
      checked.push(update);
    }
  }
  const pinnedOnes = checked.filter((u) => u.pinned);
  for (const extra of pinnedOnes.slice(1))
    found.push({
      file: extra.file,
      line: extra.pinnedLine,
      field: 'pinned',
      code: 'two-pinned',
      message: `expected at most one pinned update, found ${pinnedOnes[0]?.file} pinned too; unpin one of them`,
    });
  const kept = checked.filter((u) => !invalid.has(u.file) && !(u.pinned && u !== pinnedOnes[0]));
  const updates = kept
    .map((u) => (u.authors.length > 0 ? u : { ...u, authors: story.authors.slice(0, 1) }))
    .sort((a, b) => compare(b.time, a.time) || compare(b.id, a.id));
  const pinned = pinnedOnes.length === 1 ? updates.find((u) => u.pinned) : undefined;
  const lastUpdated = updates[0]?.time ?? story.date;
  return {
    story,
    updates,
    pinned,
    lastUpdated,
    coverageEnd: story.live?.status === 'ended' ? lastUpdated : undefined,
    problems: found,
  };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
