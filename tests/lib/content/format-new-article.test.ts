import { describe, expect, it } from 'vitest';
import { formatDraftDate, formatNewArticle } from '@/lib/content/format-new-article';
import { parseArticle } from '@/lib/content/parse-article';

const context = {
  timeZone: 'Europe/London',
  authorIds: new Set(['ada', 'true']),
  sectionSlugs: new Set(['news', 'null']),
};

describe('formatDraftDate', () => {
  it("writes the site's wall-clock time, not the machine's (tests run in Pacific/Apia)", () => {
    expect(formatDraftDate(new Date('2026-12-31T23:30:00Z'), 'Europe/London')).toBe('2026-12-31T23:30');
    expect(formatDraftDate(new Date('2026-06-30T23:30:00Z'), 'Europe/London')).toBe('2026-07-01T00:30');
  });
});

describe('formatNewArticle', () => {
  const now = new Date('2026-06-30T23:30:00Z');

  it('writes the type of a story that is not news; a sponsored one is refused until its sponsor is filled in', () => {
    const draft = (type: 'analysis' | 'sponsored' | 'review') =>
      formatNewArticle({ title: 'T', section: 'news', authors: ['ada'], tags: [], now, timeZone: 'Europe/London', type });
    const analysis = parseArticle('content/articles/t.md', draft('analysis'), context);
    expect(analysis.parsed?.article.type).toBe('analysis');
    expect(parseArticle('content/articles/t.md', draft('review'), context).parsed?.article.type).toBe('review');
    const sponsored = draft('sponsored');
    expect(parseArticle('content/articles/t.md', sponsored, context).problems.map((p) => p.field)).toEqual([
      'sponsor',
    ]);
    const filled = sponsored.replace('# sponsor: "Who paid for this story (required)"', 'sponsor: Pennine Water');
    expect(parseArticle('content/articles/t.md', filled, context).parsed?.article.sponsor).toBe('Pennine Water');
  });

  it('writes a draft the real parser accepts, at the time it was started', () => {
    const text = formatNewArticle({
      title: 'Tram line opens',
      section: 'news',
      authors: ['ada'],
      tags: ['Leeds', 'trams'],
      now,
      timeZone: 'Europe/London',
    });
    expect(text.split('\n').slice(0, 9)).toEqual([
      '---',
      'title: "Tram line opens"',
      'date: 2026-07-01T00:30',
      'author: ada',
      'section: news',
      'tags: [Leeds, trams]',
      '# summary: "One or two sentences for lists, feeds and search results, up to 160 characters."',
      'draft: true',
      '---',
    ]);
    const parsed = parseArticle('content/articles/2026/tram-line-opens.md', text, context);
    expect(parsed.ok && parsed.parsed!.article).toMatchObject({
      title: 'Tram line opens',
      date: '2026-06-30T23:30:00.000Z',
      authors: ['ada'],
      section: 'news',
      draft: true,
      tags: [
        { slug: 'leeds', name: 'Leeds' },
        { slug: 'trams', name: 'trams' },
      ],
    });
  });

  it('keeps YAML syntax and YAML keywords in values as text', () => {
    const title = 'Mayor: "No #2 stop" — [update] & more';
    const text = formatNewArticle({
      title,
      section: 'null',
      authors: ['true', 'ada'],
      tags: ['2026', 'a: b'],
      now,
      timeZone: 'Europe/London',
    });
    const parsed = parseArticle('content/articles/2026/mayor.md', text, context);
    expect(parsed.ok && parsed.parsed!.article).toMatchObject({
      title,
      section: 'null',
      authors: ['true', 'ada'],
      tags: [
        { slug: '2026', name: '2026' },
        { slug: 'a-b', name: 'a: b' },
      ],
    });
  });
});
