import { describe, expect, it } from 'vitest';
import { isNotModified } from '@/lib/server/is-not-modified.mjs';

describe('isNotModified', () => {
  it('matches the tag, among others, weakly', () => {
    expect(isNotModified('"a1"', '"a1"')).toBe(true);
    expect(isNotModified('"zz", W/"a1"', '"a1"')).toBe(true);
    expect(isNotModified('"a1"', 'W/"a1"')).toBe(true);
    expect(isNotModified('*', '"a1"')).toBe(true);
  });

  it('does not match another tag, or a response without one', () => {
    expect(isNotModified('"a2"', '"a1"')).toBe(false);
    expect(isNotModified('a1', '"a1"')).toBe(false);
    expect(isNotModified('"a1"', undefined)).toBe(false);
    expect(isNotModified(undefined, '"a1"')).toBe(false);
  });
});
