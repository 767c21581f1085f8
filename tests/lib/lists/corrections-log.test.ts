import { describe, expect, it } from 'vitest';
import type { Article, Correction } from '@/lib/content/article';
import type { ContentIndex } from '@/lib/content/content-index';
import { lastModified } from '@/lib/content/last-modified';
import { CORRECTIONS_PER_PAGE, correctionsLog, correctionsPage } from '@/lib/lists/corrections-log';

const note = (kind: Correction['kind'], date: string): Correction => ({ kind, date, text: kind, inline: [] });
const story = (slug: string, corrections: Correction[], extra: Partial<Article> = {}) =>
  ({ slug, date: '2026-11-01T09:00:00.000Z', draft: false, corrections, ...extra }) as Article;
const indexOf = (...articles: Article[]) => ({ articles }) as unknown as ContentIndex;
const reader = { now: new Date('2026-11-30T12:00:00Z'), preview: false };

describe('correctionsLog', () => {
  it('holds every correction and clarification, newest first, with its story and place, and no other note', () => {
    const index = indexOf(
      story('a', [
        note('correction', '2026-11-10T10:00:00.000Z'),
        note('update', '2026-11-20T10:00:00.000Z'),
      ]),
      story('b', [
        note('clarification', '2026-11-15T10:00:00.000Z'),
        note('editors-note', '2026-11-16T10:00:00.000Z'),
      ]),
      story('c', [
        note('correction', '2026-11-12T10:00:00.000Z'),
        note('correction', '2026-11-25T10:00:00.000Z'),
      ]),
    );
    expect(correctionsLog(index, reader).map((e) => [e.article.slug, e.position, e.note.kind])).toEqual([
      ['c', 1, 'correction'],
      ['b', 0, 'clarification'],
      ['c', 0, 'correction'],
      ['a', 0, 'correction'],
    ]);
  });

  it('leaves out drafts, scheduled stories and notes dated later than now, except in preview', () => {
    const index = indexOf(
      story('draft', [note('correction', '2026-11-10T10:00:00.000Z')], { draft: true }),
      story('later', [note('correction', '2026-12-10T10:00:00.000Z')], { date: '2026-12-09T10:00:00.000Z' }),
      story('soon', [note('correction', '2026-12-01T10:00:00.000Z')]),
    );
    expect(correctionsLog(index, reader)).toEqual([]);
    expect(correctionsLog(index, { ...reader, preview: true })).toHaveLength(3);
  });

  it('pages the log, twenty a page, with nothing past the last page', () => {
    const notes = Array.from({ length: CORRECTIONS_PER_PAGE + 1 }, (_, i) =>
      note('correction', `2026-11-${String(i + 2).padStart(2, '0')}T10:00:00.000Z`),
    );
    const index = indexOf(story('a', notes));
    expect(correctionsPage(index, reader, 1)?.items).toHaveLength(CORRECTIONS_PER_PAGE);
    expect(correctionsPage(index, reader, 2)?.items).toHaveLength(1);
    expect(correctionsPage(index, reader, 3)).toBeUndefined();
    expect(correctionsPage(indexOf(), reader, 1)?.items).toEqual([]);
  });
});

describe('lastModified', () => {
  it('moves to the latest correction or clarification, unless the story’s update is later', () => {
    const corrected = story('a', [
      note('correction', '2026-11-19T10:00:00.000Z'),
      note('update', '2026-11-28T10:00:00.000Z'),
    ]);
    expect(lastModified(corrected)).toBe('2026-11-19T10:00:00.000Z');
    expect(lastModified({ ...corrected, updated: '2026-11-21T10:00:00.000Z' })).toBe(
      '2026-11-21T10:00:00.000Z',
    );
    expect(lastModified(story('b', [note('editors-note', '2026-11-19T10:00:00.000Z')]))).toBe(
      '2026-11-01T09:00:00.000Z',
    );
  });
});
