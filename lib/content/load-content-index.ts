import path from 'node:path';
import { buildContentIndex } from './build-content-index';
import type { ContentIndex } from './content-index';
import { loadContent } from './load-content';
import { findContentWarnings } from './find-content-warnings';
import { measureImages } from './measure-images';
import { parseContent } from './parse-content';
import type { ContentProblem, Result } from './problem';

export interface LoadedIndex {
  result: Result<ContentIndex>;
  warnings: ContentProblem[];
}

export interface LoadOptions {
  siteUrl?: string;
  /** Where image paths such as /images/x.jpg are found; ./public by default. */
  publicDir?: string;
}

/**
 * Reads, parses and cross-checks the content folder into a content index, or every problem found, with
 * warnings about likely mistakes either way.
 */
export async function loadContentIndex(contentDir: string, options: LoadOptions = {}): Promise<LoadedIndex> {
  const parsed = parseContent(await loadContent(contentDir), options);
  parsed.problems.push(...(await measureImages(parsed.articles, options.publicDir ?? path.resolve('public'))));
  return { result: buildContentIndex(parsed), warnings: [...parsed.warnings, ...findContentWarnings(parsed.articles)] };
}
