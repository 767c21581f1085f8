import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ImportManifest } from './import-manifest';
import type { SourcePost } from './source-post';

/**
 * A story without a date (a Jekyll draft, an export's broken row) gets one, as the content schema
 * requires: its `updated`, else the date its file was given by an earlier import (so a re-run writes
 * the same file), else `now`; it becomes a draft, with a fix asking for the real date.
 * @example dateUndated({ …post, date: '' }, manifest, 'content', new Date('2026-12-03T18:00:00Z')).date // "2026-12-03T18:00:00Z"
 */
export function dateUndated(
  post: SourcePost,
  manifest: ImportManifest,
  contentDir: string,
  now: Date,
): SourcePost {
  if (post.date.trim() || post.kind === 'page') return post;
  const known = manifest.entries[post.sourceId];
  const file = known && path.join(contentDir, known.path);
  const written =
    file && existsSync(file) ? /^date: '?([^'\n]+)'?$/m.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
  const date = post.updated || written || `${now.toISOString().slice(0, 16)}Z`;
  return {
    ...post,
    date,
    status: 'draft',
    problems: [
      ...post.problems,
      {
        ...post.at,
        severity: 'fix',
        code: 'no-date',
        message: `the story had no date; it is a draft dated ${date} until you give it its real date`,
      },
    ],
  };
}
