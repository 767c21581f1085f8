import { describe, expect, it } from 'vitest';
import { createLocalLru } from '@/lib/cache/local-lru.mjs';

describe('createLocalLru', () => {
  it('drops the least recently used entries once the byte budget is exceeded', () => {
    const lru = createLocalLru<string>(10);
    lru.set('a', 'A', 4);
    lru.set('b', 'B', 4);
    expect(lru.get('a')).toBe('A'); // now b is the oldest
    lru.set('c', 'C', 4);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe('A');
    expect(lru.get('c')).toBe('C');
  });

  it('replaces an entry under the same key without counting it twice', () => {
    const lru = createLocalLru<string>(10);
    lru.set('a', 'A1', 6);
    lru.set('a', 'A2', 6);
    expect(lru.size).toBe(1);
    expect(lru.get('a')).toBe('A2');
  });

  it('keeps nothing larger than the whole budget, and nothing at all with a budget of 0', () => {
    const lru = createLocalLru<string>(10);
    lru.set('big', 'X', 11);
    expect(lru.get('big')).toBeUndefined();
    const off = createLocalLru<string>(0);
    off.set('a', 'A', 1);
    expect(off.size).toBe(0);
  });

  it('frees the bytes of a deleted entry', () => {
    const lru = createLocalLru<string>(10);
    lru.set('a', 'A', 6);
    lru.delete('a');
    expect(lru.get('a')).toBeUndefined();
    lru.set('b', 'B', 6);
    lru.set('c', 'C', 4);
    expect(lru.get('b')).toBe('B');
    expect(lru.size).toBe(2);
  });
});
