import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveContentDir } from '../content/content-dir';
import { showPath } from '../content/file-stamps';
import { findTakenSlugs } from '../content/find-taken-slugs';
import { formatDraftDate } from '../content/format-new-article';
import { loadContent } from '../content/load-content';
import { parseArticle } from '../content/parse-article';
import { parseConfig } from '../content/parse-content';
import { formatProblem, formatProblemReport } from '../content/problem';
import { slugify } from '../content/slugify';
import { parseCommandArgs } from './parse-command-args';
import { LIVE_DIR } from '../live/live-desk';
import { parseLiveUpdate } from '../live/live-update';

export const LIVE_USAGE =
  'Usage: npm run live -- <story-slug> [--title "Headline"] [--author <id>] [--key] [--pin]';

export interface LiveUpdateReport {
  exitCode: number;
  /** The new file's path on success; otherwise what to fix. */
  output: string;
}

const NOT_CREATED = 'No update was created.';

/**
 * `npm run live`: creates a timestamped update file for a live story (now, in the site's zone) with
 * the front matter the desk reads, checks it with the same parser, and prints its path for the
 * reporter to write in. Each update is its own file, so reporters never edit the same one.
 */
export async function newLiveUpdate(
  argv: readonly string[],
  contentDir: string,
  now: Date,
): Promise<LiveUpdateReport> {
  const fail = (...lines: string[]) => ({ exitCode: 1, output: [...lines, NOT_CREATED].join('\n') });
  const parsed = parseCommandArgs(
    argv,
    {
      title: { type: 'string' },
      author: { type: 'string' },
      key: { type: 'boolean' },
      pin: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    LIVE_USAGE,
  );
  if (!parsed.ok) return fail(parsed.message);
  const { values, positionals } = parsed;
  if (values.help) return { exitCode: 0, output: LIVE_USAGE };
  const [slug, ...extra] = positionals;
  if (!slug || extra.length > 0) return fail('expected one story slug', LIVE_USAGE);

  const sources = await loadContent(contentDir);
  const config = parseConfig({ ...sources, articles: [], ignored: [] });
  if (config.problems.length > 0 || !config.site)
    return fail(formatProblemReport(config.problems, 'Fix them first.'));
  const storyFile = findTakenSlugs(sources.articles).get(slugify(slug));
  if (!storyFile)
    return fail(`no story has the slug "${slug}"; start one with npm run new -- "Headline" --type live …`);
  const story = parseArticle(storyFile, readFileSync(path.resolve(storyFile), 'utf8'), config.context).parsed
    ?.article;
  if (story?.type !== 'live')
    return fail(`${storyFile} is not a live story: add "type: live" to its front matter`);
  if (story.live?.status === 'ended')
    return fail(`${storyFile} has ended: set "live: { status: live }" to reopen it`);

  const folder = path.join(contentDir, LIVE_DIR, story.slug);
  if (values.pin) {
    const pinned = readUpdates(folder).find((file) =>
      /^pinned:\s*true\s*$/m.test(readFileSync(file, 'utf8')),
    );
    if (pinned)
      return fail(`${showPath(pinned)} is pinned already: unpin it first (at most one update is pinned)`);
  }
  const time = formatDraftDate(now, config.site.timeZone);
  const name = uniqueName(folder, `${time.replace(':', '')}-${slugify(values.title ?? '') || 'update'}`);
  const file = showPath(path.join(folder, name));
  const text = [
    '---',
    `time: ${time}`,
    ...(values.author ? [`author: ${JSON.stringify(values.author.trim())}`] : []),
    ...(values.title ? [`title: ${JSON.stringify(values.title.trim())}`] : []),
    ...(values.key ? ['key: true'] : []),
    ...(values.pin ? ['pinned: true'] : []),
    '---',
    '',
    // A comment is no text: an update saved unwritten is left off the page (and check:content says so).
    '<!-- Write the update here, in place of this line. It appears on the story page within seconds of this file reaching the server. -->',
    '',
  ].join('\n');
  const check = parseLiveUpdate(file, text, {
    timeZone: config.site.timeZone,
    authorIds: config.context.authorIds,
  });
  const problems = check.problems.filter((p) => p.code !== 'empty-body');
  if (problems.length > 0) return fail(...problems.map(formatProblem));
  await mkdir(folder, { recursive: true });
  try {
    await writeFile(path.resolve(file), text, { flag: 'wx' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return fail(`${file} already exists.`);
    throw error;
  }
  return { exitCode: 0, output: file };
}

function readUpdates(folder: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((n) => /\.(md|markdown)$/i.test(n))
        .map((n) => path.join(folder, n))
    : [];
}

// Two reporters posting in the same minute with the same headline still get a file each.
function uniqueName(folder: string, stem: string): string {
  for (let n = 1; ; n++) {
    const name = `${stem}${n === 1 ? '' : `-${n}`}.md`;
    if (!existsSync(path.join(folder, name))) return name;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await newLiveUpdate(process.argv.slice(2), resolveContentDir(), new Date());
  (report.exitCode === 0 ? console.log : console.error)(report.output);
  process.exitCode = report.exitCode;
}
