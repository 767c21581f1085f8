import path from 'node:path';
import { explainBrokenLink } from '../content/build-content-index';
import type { ContentIndex } from '../content/content-index';
import type { ContentProblem } from '../content/problem';
import { createLiveDesk, type LiveDesk, type ParsedFiles } from './live-desk';

/** The live desk of a loaded content index: its stories, authors, zone and router check the updates. */
export function openLiveDesk(
  index: ContentIndex,
  contentDir: string,
  options: {
    publicDir?: string;
    now?: () => Date;
    onProblems?: (problems: ContentProblem[]) => void;
    parsedFiles?: ParsedFiles;
  } = {},
): LiveDesk {
  return createLiveDesk({
    contentDir,
    publicDir: options.publicDir ?? path.resolve('public'),
    stories: index.bySlug,
    context: { timeZone: index.site.timeZone, authorIds: new Set(index.authors.keys()) },
    checkLink: (url) => explainBrokenLink(url, index),
    now: options.now,
    onProblems: options.onProblems,
    parsedFiles: options.parsedFiles,
  });
}
