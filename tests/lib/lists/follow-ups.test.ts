import { expect, it } from 'vitest';
import type { Article } from '@/lib/content/article';
import type { ContentIndex } from '@/lib/content/content-index';
import { followUps } from '@/lib/lists/follow-ups';

const story = (slug: string, date: string, linksTo: string[] = [], extra: Partial<Article> = {}) =>
  ({ slug, date: `2026-11-${date}T09:00:00.000Z`, linksTo, draft: false, ...extra }) as Article;
const reader = { now: new Date('2026-11-20T12:00:00Z'), preview: false };

it('lists the later stories that link to a story, newest first, and never drafts, scheduled stories, earlier ones or itself', () => {
  const first = story('first', '01', ['first']);
  const articles = [
    story('scheduled', '25', ['first']),
    story('draft', '15', ['first'], { draft: true }),
    story('latest', '12', ['first', 'other']),
    story('unrelated', '11', ['other']),
    story('second', '05', ['first']),
    first,
    story('earlier', '01', ['first'], { date: '2026-10-30T09:00:00.000Z' }),
  ];
  const index = { articles } as unknown as ContentIndex;
  expect(followUps(index, first, reader).map((a) => a.slug)).toEqual(['latest', 'second']);
  expect(followUps(index, first, { ...reader, preview: true }).map((a) => a.slug)).toEqual([
    'scheduled',
    'draft',
    'latest',
    'second',
  ]);
  expect(followUps(index, story('alone', '03'), reader)).toEqual([]);
});
