import type { ArticleContext, ArticleParse } from './parse-article';
import { type ParseJob, parseAndStore } from './parse-articles';
import { createDiskTreeStore, type TreeStore } from './tree-store';

export interface ParseTask {
  jobs: ParseJob[];
  context: ArticleContext;
  treeRoot: string;
  parser: string;
}

// One store for the worker's life, which knows the folders it has made (a batch is 64 stories).
const stores = new Map<string, TreeStore>();

/** A worker process's task (see parse-pool.ts): parse a batch and write its trees to disk. */
export default function parseBatch({ jobs, context, treeRoot, parser }: ParseTask): ArticleParse[] {
  const key = `${treeRoot}\0${parser}`;
  let store = stores.get(key);
  if (!store) stores.set(key, (store = createDiskTreeStore(treeRoot, parser)));
  return parseAndStore(jobs, context, store);
}
