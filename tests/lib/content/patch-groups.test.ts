import { describe, expect, it } from 'vitest';
import { groupBy } from '@/lib/content/group-by';
import { mergeSorted, patchGroups } from '@/lib/content/patch-groups';

interface Story {
  slug: string;
  tags: string[];
  date: number;
}
const newestFirst = (a: Story, b: Story) => b.date - a.date;
const story = (slug: string, date: number, ...tags: string[]): Story => ({ slug, date, tags });

describe('patchGroups', () => {
  const a = story('a', 5, 'rail', 'budget');
  const b = story('b', 4, 'rail');
  const c = story('c', 3, 'budget');
  const d = story('d', 1, 'ferries');
  const before = [a, b, c, d];
  const groups = groupBy(before, (s) => s.tags);

  it('gives what groupBy gives of the list after an addition, an edit and a deletion', () => {
    const edited = story('b', 4, 'budget'); // b leaves rail for budget
    const added = story('e', 2, 'rail', 'trams');
    const after = [a, edited, c, added]; // d deleted
    const patched = patchGroups(groups, new Set([b, d]), [edited, added], (s) => s.tags, newestFirst);
    expect(patched).toEqual(groupBy(after, (s) => s.tags));
    expect(patched.has('ferries')).toBe(false);
    expect(patched.get('budget')?.map((s) => s.slug)).toEqual(['a', 'b', 'c']);
  });

  it('leaves the groups it was given as they were', () => {
    patchGroups(groups, new Set([a]), [story('f', 9, 'rail')], (s) => s.tags, newestFirst);
    expect(groups.get('rail')).toEqual([a, b]);
    expect(groups.get('budget')).toEqual([a, c]);
  });
});

describe('mergeSorted', () => {
  it('keeps both lists in order, the first list first on a tie', () => {
    const order = (x: number[], y: number[]) => x[0]! - y[0]!; // both have a first element
    expect(mergeSorted([[1, 0], [3, 0], [5, 0]], [[2, 1], [3, 1], [6, 1]], order)).toEqual([
      [1, 0], [2, 1], [3, 0], [3, 1], [5, 0], [6, 1],
    ]);
  });
});
