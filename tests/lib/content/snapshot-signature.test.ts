import { describe, expect, it } from 'vitest';
import { snapshotSignature } from '@/lib/content/index-snapshot';

// More stamps than one run of the hash (1,000), so the first, a middle and the last, partial run
// all count.
const stampsOf = (count: number, changed?: number) =>
  new Map(
    Array.from({ length: count }, (_, i) => [
      `content/articles/news/story-${i}.md`,
      i === changed ? 'edited' : `${1_700_000_000_000 + i}:${4_000 + i}`,
    ]),
  );
const sign = (stamps: Map<string, string>) => snapshotSignature(stamps, 'public', undefined, 'parser');

describe('snapshotSignature', () => {
  it('is the same for the same stamps, and changes with any one stamp, wherever it falls', () => {
    const signature = sign(stampsOf(2_500));
    expect(sign(stampsOf(2_500))).toBe(signature);
    const changed = [0, 999, 1_000, 1_999, 2_000, 2_499].map((i) => sign(stampsOf(2_500, i)));
    expect(new Set([signature, ...changed]).size).toBe(changed.length + 1);
  });

  it('changes when a file is added or removed at a run’s boundary', () => {
    const signatures = [999, 1_000, 1_001, 2_000].map((n) => sign(stampsOf(n)));
    expect(new Set(signatures).size).toBe(signatures.length);
  });
});
