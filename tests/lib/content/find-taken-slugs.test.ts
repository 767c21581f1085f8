import { expect, it } from 'vitest';
import { findTakenSlugs } from '@/lib/content/find-taken-slugs';

it('claims every file name in any folder and every front-matter slug, even from a broken file', () => {
  const taken = findTakenSlugs([
    { path: 'content/articles/2025/old-story.md', text: '---\ntitle: T\n---\nBody' },
    { path: 'content/articles/2026/Renamed.md', text: '---\ntitle: T\nslug: Tram Line Opens\n---\nBody' },
    { path: 'content/articles/broken.md', text: '---\ntitle: [unclosed\n---\nBody' },
  ]);
  expect([...taken]).toEqual([
    ['old-story', 'content/articles/2025/old-story.md'],
    ['renamed', 'content/articles/2026/Renamed.md'],
    ['tram-line-opens', 'content/articles/2026/Renamed.md'],
    ['broken', 'content/articles/broken.md'],
  ]);
});

it('claims a story’s old slugs, not its old paths', () => {
  const taken = findTakenSlugs([
    {
      path: 'content/articles/2026/fares.md',
      text: '---\ntitle: T\naliases: [fares-frozen, /2012/01/07/old-path/]\n---\nBody',
    },
  ]);
  expect([...taken.keys()]).toEqual(['fares', 'fares-frozen']);
});
