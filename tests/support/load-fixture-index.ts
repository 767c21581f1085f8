import path from 'node:path';
import type { ContentIndex } from '@/lib/content/content-index';
import { loadContentIndex } from '@/lib/content/load-content-index';

export const FIXTURE_CONTENT = path.resolve(import.meta.dirname, '../fixtures/content');

/** Loads the small fixture archive in tests/fixtures/content. */
export async function loadFixtureIndex(): Promise<ContentIndex> {
  const { result } = await loadContentIndex(FIXTURE_CONTENT);
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.value;
}
