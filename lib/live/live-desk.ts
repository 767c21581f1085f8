import { type Dirent, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { Article } from '../content/article';
import { showPath } from '../content/file-stamps';
import { explainImageFile } from '../content/measure-images';
import type { ContentProblem } from '../content/problem';
import { type LiveCoverage, assembleCoverage } from './live-coverage';
import { type LiveUpdate, parseLiveUpdate, type UpdateContext } from './live-update';

/** The folder under content/ that holds each live story's updates, one folder per story slug. */
export const LIVE_DIR = 'live';

/**
 * How often a live story's folder is looked at, at most: a page asks each time it is rendered (every
 * few seconds while readers read it), and a look is a readdir and a stat per update file: 22 ms for 50
 * stories of 40 updates (npm run bench). Nothing watches the folders: nothing runs while no one reads
 * the story.
 */
const RECHECK_MS = 2_000;

export interface LiveDeskOptions {
  contentDir: string;
  publicDir: string;
  /** The stories, by slug. */
  stories: ReadonlyMap<string, Article>;
  context: UpdateContext;
  /** Why a site-relative link in an update leads nowhere, or undefined when it reaches a page. */
  checkLink: (url: string) => string | undefined;
  now?: () => Date;
  /** How long a look at a folder stands; RECHECK_MS unless set. */
  recheckMs?: number;
  /**
   * Files already parsed, kept across desks: each reload of the content index opens a new desk, and
   * a story of 2,000 updates takes ~2 s to parse again. Entries are by path, for one stamp and context.
   */
  parsedFiles?: ParsedFiles;
  /** Called with the problems of a file each time it is read with some. */
  onProblems?: (problems: ContentProblem[]) => void;
}

/** Live stories' updates, read from their folders as they land there, with no rebuild. */
export interface LiveDesk {
  /** A live story's coverage as its folder holds it now (looked at again after RECHECK_MS). */
  coverage: (slug: string) => LiveCoverage | undefined;
  /** Every problem and warning under content/live/, read now: for check:content and the build. */
  check: () => { problems: ContentProblem[]; warnings: ContentProblem[] };
  /**
   * Looks at every live story's folder (as `coverage` does) and returns the slugs whose updates
   * changed since the previous call: what the server's watcher expires. The first call reports none.
   */
  look: () => string[];
}

/** Parsed update files (with their images measured), by path; see LiveDeskOptions.parsedFiles. */
export type ParsedFiles = Map<string, { stamp: string; context: string } & FileRead>;

interface FileRead {
  stamp: string;
  /** Read as far as it could be, also with problems (it is then checked, but not shown). */
  update?: LiveUpdate;
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * The owner of content/live/: each story's folder is read when its page asks and at most every
 * RECHECK_MS, and a file is parsed again only when its size or time changed.
 */
export function createLiveDesk(options: LiveDeskOptions): LiveDesk {
  const { contentDir, stories } = options;
  const now = options.now ?? (() => new Date());
  const reads = new Map<string, FileRead>();
  const looked = new Map<string, { at: number; coverage: LiveCoverage; files: string }>();
  // What look() last reported of each story: its files and their stamps.
  const reported = new Map<string, string>();
  // Found on the first look: the stories do not change for the life of a desk.
  let liveStories: Article[] | undefined;

  const parsedFiles: ParsedFiles = options.parsedFiles ?? new Map();
  const context = JSON.stringify([
    options.context.timeZone,
    [...options.context.authorIds].sort(),
    options.publicDir,
  ]);

  function readFile(file: string, stamp: string): FileRead {
    const known = reads.get(file);
    if (known?.stamp === stamp) return known;
    let parsed = parsedFiles.get(file);
    if (parsed?.stamp !== stamp || parsed.context !== context) {
      const { update, problems, warnings } = parseLiveUpdate(
        showPath(file),
        readFileSync(file, 'utf8'),
        options.context,
      );
      if (update) problems.push(...measureUpdateImages(update, options.publicDir));
      parsed = { stamp, context, update, problems, warnings };
      parsedFiles.set(file, parsed);
    }
    // Links are checked by each desk: the stories they lead to are its index's.
    const { update } = parsed;
    const problems = [...parsed.problems, ...(update ? checkUpdateLinks(update, options.checkLink) : [])];
    const read: FileRead = { stamp, update, problems, warnings: parsed.warnings };
    reads.set(file, read);
    if (problems.length > 0) options.onProblems?.(problems);
    return read;
  }

  function read(story: Article) {
    const folder = path.join(contentDir, LIVE_DIR, story.slug);
    const files = listUpdateFiles(folder);
    // A deleted file's parse is let go with it.
    const listed = new Set(files.map(([file]) => file));
    const inFolder = (file: string) => file.startsWith(`${folder}${path.sep}`) && !listed.has(file);
    for (const file of parsedFiles.keys()) if (inFolder(file)) parsedFiles.delete(file);
    for (const file of reads.keys()) if (inFolder(file)) reads.delete(file);
    const updates: LiveUpdate[] = [];
    const problems: ContentProblem[] = [];
    const warnings: ContentProblem[] = [];
    const invalid = new Set<string>();
    for (const [file, stamp] of files) {
      const one = readFile(file, stamp);
      if (one.update) updates.push(one.update);
      if (one.problems.length > 0 && one.update) invalid.add(one.update.file);
      problems.push(...one.problems);
      warnings.push(...one.warnings);
    }
    return {
      coverage: assembleCoverage(story, updates, now(), problems, invalid),
      warnings,
      files: JSON.stringify(files),
    };
  }

  function coverage(slug: string) {
    const story = stories.get(slug);
    if (story?.type !== 'live') return undefined;
    const at = now().getTime();
    const last = looked.get(slug);
    if (last && at - last.at < (options.recheckMs ?? RECHECK_MS)) return last;
    const { coverage, files } = read(story);
    const look = { at, coverage, files };
    looked.set(slug, look);
    return look;
  }

  return {
    coverage: (slug) => coverage(slug)?.coverage,
    look() {
      const changed: string[] = [];
      liveStories ??= [...stories.values()].filter((story) => story.type === 'live');
      for (const story of liveStories) {
        const files = coverage(story.slug)?.files;
        const before = reported.get(story.slug);
        if (files === undefined || files === before) continue;
        if (before !== undefined) changed.push(story.slug);
        reported.set(story.slug, files);
      }
      return changed;
    },
    check() {
      const problems: ContentProblem[] = [];
      const warnings: ContentProblem[] = [];
      const root = path.join(contentDir, LIVE_DIR);
      let entries: Dirent[] = [];
      try {
        entries = readdirSync(root, { withFileTypes: true });
      } catch {
        // No live/ folder: no live story has updates yet.
      }
      for (const entry of entries.filter((e) => e.isDirectory())) {
        const folder = showPath(path.join(root, entry.name));
        const story = stories.get(entry.name);
        if (!story)
          problems.push({
            file: `${folder}/`,
            field: 'folder',
            code: 'live-without-story',
            message: `expected a story with the slug "${entry.name}" and "type: live" for these updates, found none`,
          });
        else if (story.type !== 'live')
          problems.push({
            file: `${folder}/`,
            field: 'folder',
            code: 'not-live',
            message: `expected ${story.file} to be a live story ("type: live") for these updates, found type ${story.type}`,
          });
        else {
          const one = read(story);
          problems.push(...one.coverage.problems);
          warnings.push(...one.warnings);
        }
      }
      return { problems, warnings };
    },
  };
}

/** A folder's Markdown files and their `size:mtime` stamps, in name order; none when it is missing. */
function listUpdateFiles(folder: string): [string, string][] {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  const files: [string, string][] = [];
  for (const name of names.sort()) {
    if (!/\.(md|markdown)$/i.test(name) || name.startsWith('.')) continue;
    const file = path.join(folder, name);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) files.push([file, `${stat.size}:${stat.mtimeMs}`]);
  }
  return files;
}

// Images are measured (next/image reserves their space), as in an article.
function measureUpdateImages(update: LiveUpdate, publicDir: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const image of update.images) {
    let size: ReturnType<typeof imageSize> | undefined;
    try {
      size = imageSize(readFileSync(path.join(publicDir, image.src)));
    } catch {
      size = undefined;
    }
    const wrong = explainImageFile(image.src, size);
    if (wrong) problems.push({ file: update.file, field: 'body', line: image.line, ...wrong });
    else if (size) Object.assign(image, { width: size.width, height: size.height });
  }
  return problems;
}

// Links are checked by the router, as in an article.
function checkUpdateLinks(update: LiveUpdate, checkLink: LiveDeskOptions['checkLink']): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const link of update.links) {
    const why = checkLink(link.url);
    if (why)
      problems.push({
        file: update.file,
        field: 'body',
        line: link.line,
        code: 'broken-internal-link',
        message: `expected a link to a page of this site, found "${link.url}" (${why})`,
      });
  }
  return problems;
}
