import { describe, expect, it } from 'vitest';
import { createRelatedRanker, rankRelated, type RankInput } from '@/lib/related/rank-related';
import { buildTermVectors } from '@/lib/related/term-vectors';

interface Story {
  slug: string;
  section: string;
  tags: string[];
  date: string;
  title: string;
  text: string;
  linksTo?: string[];
}

function inputsOf(stories: Story[]): RankInput[] {
  const vectors = buildTermVectors(stories.map((s) => ({ title: s.title, summary: '', plainText: s.text })));
  const inputs: RankInput[] = stories.map((s, i) => ({
    ...s,
    date: Date.parse(s.date),
    linksTo: s.linksTo ?? [],
    vector: vectors[i]!,
  }));
  return inputs;
}

const rank = (stories: Story[]) => rankRelated(inputsOf(stories));

const base: Story = {
  slug: 'a',
  section: 'business',
  tags: ['liverpool', 'cars'],
  date: '2026-11-10',
  title: 'Carmaker opens Liverpool research centre',
  text: 'Engineers will design electric car batteries at the waterfront research centre.',
};
const filler = Array.from({ length: 8 }, (_, i): Story => ({
  slug: `filler-${i}`,
  section: 'culture',
  tags: [`t${i}`, 'common'],
  date: '2026-10-01',
  title: `Festival ${i} programme`,
  text: `Theatre and music festival number ${i} announces its programme.`,
}));

describe('rankRelated', () => {
  it('ranks an article sharing rarer tags and words above one sharing less', () => {
    const close: Story = {
      ...base,
      slug: 'close',
      title: 'Battery research jobs for Liverpool engineers',
      text: 'The electric car research centre hires battery engineers.',
    };
    const far: Story = {
      slug: 'far',
      section: 'business',
      tags: ['cars'],
      date: '2026-11-10',
      title: 'Used car prices fall',
      text: 'Dealers report lower prices for second-hand cars.',
    };
    const ranking = rank([base, close, far, ...filler])
      .get('a')!
      .map((r) => r.slug);
    expect(ranking.indexOf('close')).toBeLessThan(ranking.indexOf('far'));
    expect(ranking).not.toContain('a');
  });

  it('weights a rare shared tag above a common one', () => {
    const rare: Story = {
      ...base,
      slug: 'rare',
      tags: ['liverpool'],
      title: 'x',
      text: 'nothing alike here',
    };
    const common: Story = {
      ...base,
      slug: 'common',
      tags: ['common'],
      title: 'y',
      text: 'nothing alike there',
    };
    const scores = rank([{ ...base, tags: ['liverpool', 'common'] }, rare, common, ...filler]).get('a')!;
    const tagScore = (slug: string) => scores.find((s) => s.slug === slug)?.tags ?? 0;
    expect(tagScore('rare')).toBeGreaterThan(tagScore('common'));
  });

  it('prefers the same section and the nearer date when all else is equal', () => {
    const sameSection: Story = { ...base, slug: 'same', title: 'Story', text: 'Words' };
    const otherSection: Story = { ...sameSection, slug: 'other', section: 'news' };
    const older: Story = { ...sameSection, slug: 'older', date: '2025-01-01' };
    const ranking = rank([base, sameSection, otherSection, older])
      .get('a')!
      .map((r) => r.slug);
    expect(ranking[0]).toBe('same');
    expect(ranking).toHaveLength(3);
  });

  it('counts a link from one story to another as evidence they are related', () => {
    const linked: Story = {
      slug: 'linked',
      section: 'news',
      tags: ['x'],
      date: '2026-11-10',
      title: 'Unrelated words',
      text: 'Entirely different vocabulary',
    };
    const unlinked: Story = { ...linked, slug: 'unlinked' };
    const ranking = rank([{ ...base, linksTo: ['linked'] }, linked, unlinked])
      .get('a')!
      .map((r) => r.slug);
    expect(ranking[0]).toBe('linked');
  });

  it('finds a story sharing a rare tag years away, though a common tag and word crowd the archive', () => {
    const crowd = Array.from({ length: 400 }, (_, i): Story => ({
      slug: `crowd-${i}`,
      section: 'news',
      tags: ['common'],
      date: new Date(Date.UTC(2026, 0, 1) - i * 86_400_000).toISOString(),
      title: `Council meeting ${i}`,
      text: 'The council met again.',
    }));
    const rare: Story = {
      slug: 'rare',
      section: 'culture',
      tags: ['common', 'brass-bands'],
      date: '2020-05-01',
      title: 'Band contest',
      text: 'Brass players gather.',
    };
    const ranking = rank([{ ...base, tags: ['common', 'brass-bands'], date: '2026-01-01' }, rare, ...crowd])
      .get('a')!
      .map((r) => r.slug);
    expect(ranking).toContain('rare');
    expect(ranking).toHaveLength(12);
  });

  it('is deterministic', () => {
    const stories = [base, ...filler];
    expect(rank(stories)).toEqual(rank([...stories].reverse()));
  });

  it('ranks one article on demand exactly as the whole archive ranks it, in any order, once', () => {
    const stories = [base, ...filler, { ...base, slug: 'b', tags: ['cars'] }];
    const whole = rank(stories);
    const relatedTo = createRelatedRanker(inputsOf(stories));
    for (const story of [...stories].reverse()) expect(relatedTo(story.slug)).toEqual(whole.get(story.slug));
    expect(relatedTo('b')).toBe(relatedTo('b'));
    expect(relatedTo('no-such-story')).toEqual([]);
  });

  it('ranks an article again the same once its ranking was let go', () => {
    const stories = [base, ...filler, { ...base, slug: 'b', tags: ['cars'] }];
    const whole = rank(stories);
    const relatedTo = createRelatedRanker(inputsOf(stories), { kept: 1 });
    for (const round of [1, 2])
      for (const story of stories)
        expect(relatedTo(story.slug), `${story.slug}, round ${round}`).toEqual(whole.get(story.slug));
  });
});
