import path from 'node:path';
import type { Article } from '@/lib/content/article';
import type { ContentIndex } from '@/lib/content/content-index';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { visibleArticles } from '@/lib/content/queries';

export interface SampleContent {
  index: ContentIndex;
  /** What a reader sees now, newest first. */
  published: Article[];
}

/** The sample content in content/, as the production site serves it, for tests to derive expectations. */
export async function loadSampleContent(): Promise<SampleContent> {
  const { result } = await loadContentIndex(path.resolve(import.meta.dirname, '../../../content'));
  if (!result.ok) throw new Error('the sample content is invalid: run npm run check:content');
  return {
    index: result.value,
    published: visibleArticles(result.value.articles, { now: new Date(), preview: false }),
  };
}
