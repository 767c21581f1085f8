import path from 'node:path';
import type { Article } from '@/lib/content/article';
import type { ContentIndex } from '@/lib/content/content-index';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { visibleArticles } from '@/lib/content/queries';
import { openLiveDesk } from '@/lib/live/open-live-desk';

export interface SampleContent {
  index: ContentIndex;
  /** What a reader sees now, newest first. */
  published: Article[];
}

/** The sample content in content/, as the production site serves it, for tests to derive expectations. */
export async function loadSampleContent(): Promise<SampleContent> {
  const contentDir = path.resolve(import.meta.dirname, '../../../content');
  const { result } = await loadContentIndex(contentDir);
  if (!result.ok) throw new Error('the sample content is invalid: run npm run check:content');
  return {
    // With its live desk, as the server's: a live story is dated by its latest update.
    index: { ...result.value, live: openLiveDesk(result.value, contentDir) },
    published: visibleArticles(result.value.articles, { now: new Date(), preview: false }),
  };
}
