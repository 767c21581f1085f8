import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { ContentIndex } from '../content/content-index';
import { findSilentEdit, readStoryVersion, silentEditWarning } from '../content/find-silent-edit';
import type { ContentProblem } from '../content/problem';
import { isVisible } from '../content/visibility';

const run = promisify(execFile);
const git = async (cwd: string, ...args: string[]) =>
  (await run('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })).stdout;

/**
 * `check:content --since <ref>`: each published story whose file changed since `ref` (committed or
 * not) is read at `ref` through git and now, and warned of when the edit looks silent
 * (findSilentEdit). Only changed files are read, so a pull request's check costs what it touched.
 * Throws, saying what was expected, when `contentDir` is not in a git repository or `ref` names no commit.
 */
export async function findSilentEdits(
  contentDir: string,
  index: ContentIndex,
  since: string,
  now = new Date(),
): Promise<ContentProblem[]> {
  const dir = path.resolve(contentDir);
  const root = await git(dir, 'rev-parse', '--show-toplevel').then(
    (out) => out.trim(),
    () => {
      throw new Error(`--since needs content/ in a git repository; ${dir} is not in one`);
    },
  );
  await git(root, 'rev-parse', '--verify', '--quiet', `${since}^{commit}`).catch(() => {
    throw new Error(`--since expected a commit, branch or tag of this repository, found "${since}"`);
  });
  const changed = (await git(root, 'diff', '--name-only', '-z', since, '--', path.join(dir, 'articles')))
    .split('\0')
    .filter((file) => /\.(md|markdown)$/i.test(file));
  const byPath = new Map(index.articles.map((article) => [path.resolve(article.file), article]));
  const context = {
    timeZone: index.site.timeZone,
    authorIds: new Set(index.authors.keys()),
    sectionSlugs: new Set(index.sections.map((s) => s.slug)),
  };
  const audience = { now, preview: false };
  const warnings: ContentProblem[] = [];
  for (const relative of changed) {
    const absolute = path.join(root, relative);
    const article = byPath.get(absolute);
    if (!article || !isVisible(article, audience)) continue; // deleted, a draft or not out yet
    const old = await git(root, 'show', `${since}:${relative}`).catch(() => undefined);
    if (old === undefined) continue; // a new story
    const before = readStoryVersion(article.file, old, context);
    if (!before || !isVisible(before.article, audience)) continue; // it was a draft then: edits are free
    const after = readStoryVersion(article.file, await readFile(absolute, 'utf8'), context);
    const reason = after && findSilentEdit(before, after);
    if (after && reason) warnings.push(silentEditWarning(after, since, reason));
  }
  return warnings;
}
