import type { ArticleContext, ArticleParse } from './parse-article';
import { type ParseJob, parseAndStore } from './parse-articles';
import { createDiskTreeStore } from './tree-store';

export interface ParseTask {
  jobs: ParseJob[];
  context: ArticleContext;
  treeRoot: string;
  parser: string;
}

/** A worker process's task (see parse-pool.ts): parse a batch and write its trees to disk. */
export default function parseBatch({ jobs, context, treeRoot, parser }: ParseTask): ArticleParse[] {
  return parseAndStore(jobs, context, createDiskTreeStore(treeRoot, parser));
}
