import { parseContentDate } from '../../dates/parse-content-date';
import type { ImportProblem, SourcePost } from '../source-post';
import { normalizeDate } from './normalize-date';
import type { Placement } from './place-source-file';
import type { FrontMatterFields } from './read-front-matter-fields';
import type { Generator, SiteFile } from './site-types';

export interface DateContext {
  generator: Generator;
  /** The old site's zone, for dates written without one. */
  timeZone: string;
  now: Date;
  problems: ImportProblem[];
  /** Makes a problem at the line of `key` in the front matter (line 1 without one). */
  problem: (
    severity: ImportProblem['severity'],
    code: string,
    message: string,
    key?: string,
  ) => ImportProblem;
}

/**
 * A post's date and status: the front matter's date, else the file name's (Jekyll, Zola, Eleventy),
 * else for Eleventy and unknown sites the file's last change (a note); a draft flag, a `_drafts`
 * folder or `published: false` make a draft, a date (or Hugo `publishDate`) after `now` a scheduled story. `dated` is false
 * when the date is only the file's time, which never schedules a story.
 */
export function readPostDate(
  fields: FrontMatterFields,
  placement: Placement,
  file: SiteFile,
  context: DateContext,
): { date: string; dated: boolean; status: SourcePost['status'] } {
  const { generator, problems, problem } = context;
  let date = normalizeDate(fields.date);
  if (fields.date !== undefined && !date)
    problems.push(
      problem(
        'fix',
        'invalid-date',
        `expected a date such as 2012-01-07 or 2012-01-07T09:30:00Z in ${fields.dateKey}, found ${JSON.stringify(fields.date)}; ${placement.fileDate ? `the file name's date (${placement.fileDate}) was used: check it` : 'the story has no date until you give it one'}`,
        fields.dateKey,
      ),
    );
  const dated = Boolean(date ?? placement.fileDate);
  date ??= placement.fileDate && `${placement.fileDate}T00:00:00`;
  if (!date && file.modified && (generator === 'eleventy' || generator === 'unknown')) {
    date = file.modified.toISOString().replace(/\.\d{3}Z$/, 'Z');
    problems.push(
      problem(
        'note',
        'date-from-file',
        `the file has no date, so its last change (${date}) was used, as ${generator === 'eleventy' ? 'Eleventy does' : 'a guess'}`,
      ),
    );
  }
  date ??= '';
  const publish = normalizeDate(fields.publishDate);
  const instant = publish
    ? parseContentDate(publish, context.timeZone)
    : date && dated
      ? parseContentDate(date, context.timeZone)
      : undefined;
  const draft = fields.draft || placement.draft === true;
  const status = draft ? 'draft' : instant && instant > context.now ? 'scheduled' : 'published';
  return { date, dated, status };
}
