import { describe, expect, it } from 'vitest';
import { findTagTypos } from '@/lib/content/find-tag-typos';

const counts = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('findTagTypos', () => {
  it('flags a once-used tag one or two edits from a more used one', () => {
    expect(findTagTypos(counts({ housing: 5, hosuing: 1, manufacturing: 3, manufacturng: 1 }))).toEqual([
      { tag: 'hosuing', likely: 'housing', likelyCount: 5 },
      { tag: 'manufacturng', likely: 'manufacturing', likelyCount: 3 },
    ]);
  });

  it('prefers the closest tag, then the most used', () => {
    expect(findTagTypos(counts({ rails: 2, rail: 9, raid: 1 }))).toEqual([
      { tag: 'raid', likely: 'rail', likelyCount: 9 },
    ]);
    expect(findTagTypos(counts({ trains: 2, brains: 7, drains: 1 }))).toEqual([
      { tag: 'drains', likely: 'brains', likelyCount: 7 },
    ]);
  });

  it('leaves alone tags three edits apart, tags used twice, and tags that are both used once', () => {
    expect(findTagTypos(counts({ housing: 4, hosing: 2, cricket: 3, crkcetx: 1 }))).toEqual([]);
    expect(findTagTypos(counts({ hosuing: 1, housing: 1 }))).toEqual([]);
  });

  it('does not take tags with a third of their letters changed, or years, for typos', () => {
    expect(findTagTypos(counts({ ai: 6, uk: 1, al: 1 }))).toEqual([]);
    expect(findTagTypos(counts({ owner: 3, other: 1 }))).toEqual([]);
    expect(findTagTypos(counts({ rail: 3, raul: 1 }))).toEqual([
      { tag: 'raul', likely: 'rail', likelyCount: 3 },
    ]);
    expect(findTagTypos(counts({ 'budget-2026': 4, 'budget-2027': 1 }))).toEqual([]);
    expect(findTagTypos(counts({ 'covid-19': 4, covid19: 1 }))).toEqual([
      { tag: 'covid19', likely: 'covid-19', likelyCount: 4 },
    ]);
  });
});
