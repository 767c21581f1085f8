import { describe, expect, it } from 'vitest';
import { parseLiveUpdate } from '@/lib/live/live-update';

const context = { timeZone: 'Europe/London', authorIds: new Set(['ada', 'ben']) };
const file = 'content/live/storm/2026-12-01T0914-Fire Crews.md';

describe('parseLiveUpdate', () => {
  it('reads the time in the site zone, the labels, the authors and the body', () => {
    const { update, problems } = parseLiveUpdate(
      file,
      '---\ntime: 2026-07-01T09:14\nauthor: [ada, ben]\ntitle: Crews arrive\nkey: true\n---\n\nFire crews are **on the scene**. See [the story](/news/x).\n',
      context,
    );
    expect(problems).toEqual([]);
    expect(update).toMatchObject({
      id: '2026-12-01t0914-fire-crews',
      time: '2026-07-01T08:14:00.000Z',
      authors: ['ada', 'ben'],
      title: 'Crews arrive',
      key: true,
      pinned: false,
      text: 'Fire crews are on the scene. See the story.',
      links: [{ url: '/news/x', line: 8 }],
      timeLine: 2,
    });
  });

  it('reports every problem of a file at once, with its line', () => {
    const { problems } = parseLiveUpdate(
      file,
      '---\ntime: next tuesday\nauthor: carol\npinned: "yes"\nsticky: true\n---\n\n![](/images/x.jpg)\n',
      context,
    );
    expect(problems.map((p) => [p.field, p.code, p.line])).toEqual([
      ['pinned', 'invalid-field', 4],
      ['sticky', 'unknown-field', 5],
      ['time', 'invalid-date', 2],
      ['author', 'unknown-author', 3],
      ['body', 'missing-image-alt', 8],
    ]);
  });

  it('reports a time that is not a date, and a missing one', () => {
    const wrong = parseLiveUpdate(file, '---\ntime: 2026-02-30T09:00\n---\n\nText.\n', context);
    expect(wrong.update).toBeUndefined();
    expect(wrong.problems).toMatchObject([{ field: 'time', code: 'invalid-date', line: 2 }]);
    const missing = parseLiveUpdate(file, '---\ntitle: No time\n---\n\nText.\n', context);
    expect(missing.problems).toMatchObject([{ field: 'time', code: 'invalid-field' }]);
  });

  it('never lets hostile markup or front matter run', () => {
    const { update, problems } = parseLiveUpdate(
      file,
      '---\ntime: 2026-12-01T09:00\ntitle: "<script>alert(1)</script>"\n---\n\n<script>alert(2)</script><img src=x onerror="alert(3)" alt="x">\n\n[link](javascript:alert(4))\n',
      context,
    );
    expect(JSON.stringify(update?.tree)).not.toMatch(/script|onerror|javascript:/i);
    expect(problems.map((p) => p.code)).not.toContain('too-complex');
    const js = parseLiveUpdate(file, '---js\n{ time: (function(){ throw 1 })() }\n---\n\nx\n', context);
    expect(js.problems).toMatchObject([{ code: 'front-matter-engine' }]);
  });
});
