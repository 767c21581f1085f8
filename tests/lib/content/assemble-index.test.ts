import { describe, expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import { assembleIndex } from '@/lib/content/build-content-index';
import { createMemoryTreeStore } from '@/lib/content/tree-store';

const WORDS = ['harbour', 'council', 'budget', 'rail', 'fares', 'school', 'flood', 'bridge', 'museum', 'ferry'];

// Stories with overlapping words and tags, newest first as the index keeps them.
function stories(count: number): Article[] {
  return Array.from({ length: count }, (_, i) => {
    const n = count - i;
    const word = (k: number) => WORDS[(n * 7 + k * 3) % WORDS.length]!;
    return {
      slug: `story-${n}`,
      file: `content/articles/story-${n}.md`,
      title: `The ${word(0)} and the ${word(1)} story ${n}`,
      section: n % 3 === 0 ? 'business' : 'news',
      authors: [`reporter-${n % 4}`],
      tags: [
        { slug: word(2), name: word(2) },
        { slug: `area-${n % 5}`, name: `Area ${n % 5}` },
      ],
      summary: `What happened to the ${word(3)} near the ${word(4)}.`,
      date: new Date(Date.UTC(2020, 0, 1) + n * 3_600_000).toISOString(),
      bodyImages: [],
      draft: false,
      featured: false,
      related: [],
      corrections: [],
      type: 'news',
      wordCount: 300,
      readingMinutes: 2,
      linksTo: [],
      bodyKey: `key-${n}`,
    };
  });
}

const assemble = (articles: Article[]) =>
  assembleIndex({
    site: { name: 'S', description: 'D', url: 'https://s.example', language: 'en', timeZone: 'Europe/London' },
    sections: [],
    authors: [],
    pages: [],
    publicFiles: new Set(),
    trees: createMemoryTreeStore(),
    articles,
  });

describe('assembleIndex', () => {
  it('keeps one copy of each repeated tag, author and section', () => {
    const index = assemble(stories(40));
    const [a, b] = index.byTag.get('area-1') ?? [];
    expect(a && b).toBeTruthy();
    expect(a!.tags[1]).toBe(b!.tags[1]);
    expect(a!.tags[1]).toEqual({ slug: 'area-1', name: 'Area 1' });
    const sameAuthor = index.byAuthor.get('reporter-2') ?? [];
    expect(sameAuthor.length).toBeGreaterThan(1);
    expect(new Set(sameAuthor.map((s) => s.authors)).size).toBe(sameAuthor.length);
  });

  it('ranks related stories in slices, answering nothing until done, then what a ranking at once gives', async () => {
    const index = assemble(stories(5_000));
    let turns = 0;
    let ticking = true;
    const tick = () => {
      turns++;
      if (ticking) setImmediate(tick);
    };
    setImmediate(tick);
    const ranking = index.prepareRelated();
    expect(index.relatedTo('story-2500')).toEqual([]);
    await ranking;
    ticking = false;
    // 5,000 stories are counted in three slices: the event loop turned between them.
    expect(turns).toBeGreaterThanOrEqual(2);
    const atOnce = assemble(stories(5_000));
    for (const slug of ['story-1', 'story-2500', 'story-5000'])
      expect(index.relatedTo(slug)).toEqual(atOnce.relatedTo(slug));
    expect(index.relatedTo('story-2500').length).toBeGreaterThan(0);
    await expect(index.prepareRelated()).resolves.toBeUndefined();
  });
});
