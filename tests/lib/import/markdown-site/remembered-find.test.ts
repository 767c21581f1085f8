import { describe, expect, it } from 'vitest';
import { countBelow, rememberedFind } from '@/lib/import/markdown-site/remembered-find';

describe('rememberedFind', () => {
  it('finds the same first match from any index up to it, then the next one past it', () => {
    const find = rememberedFind('a >}} b >}} c');
    expect(find('>}}', 0)).toEqual({ start: 2, end: 5 });
    expect(find('>}}', 2)).toEqual({ start: 2, end: 5 });
    expect(find('>}}', 3)).toEqual({ start: 8, end: 11 });
    expect(find('>}}', 1)).toEqual({ start: 2, end: 5 });
  });

  it('fails from any index after one it failed from, and keeps patterns apart', () => {
    const find = rememberedFind('x %}} y');
    expect(find('>}}', 0)).toBeUndefined();
    expect(find('>}}', 4)).toBeUndefined();
    expect(find(/%\}\}/, 0)).toEqual({ start: 2, end: 5 });
    expect(find('%}}', 3)).toBeUndefined();
  });
});

describe('countBelow', () => {
  it('counts the sorted indexes below an index', () => {
    expect([0, 3, 4, 9].map((index) => countBelow([3, 4, 8], index))).toEqual([0, 0, 1, 3]);
  });
});
