import { describe, expect, it } from 'vitest';
import { cleanText, cleanValue, findUnsafeCharacter } from '@/lib/text/clean-text';
import { quote } from '@/lib/text/quote';

const UNSAFE = [
  '\u0000',
  '\u0001',
  '\u0008',
  '\u000B',
  '\u000C',
  '\u000D',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\uFFFE',
  '\uFFFF',
  '\uD800',
  '\uDFFF',
];

describe('cleanText', () => {
  it.each(UNSAFE.map((c) => [`U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`, c]))(
    'removes %s',
    (_, character) => {
      expect(cleanText(`a${character}b`)).toBe('ab');
      expect(findUnsafeCharacter(`ok${character}`)).toMatchObject({ index: 2 });
    },
  );

  it('keeps tabs, newlines, emoji and right-to-left text', () => {
    const text = 'Tab\there\nnext 😀 مرحبا שלום';
    expect(cleanText(text)).toBe(text);
    expect(findUnsafeCharacter(text)).toBeUndefined();
  });

  it('cleans every string of a parsed value, keys too', () => {
    expect(cleanValue({ 'ti\u000Btle': ['a\u202Eb', 1, null] })).toEqual({ title: ['ab', 1, null] });
  });
});

describe('quote', () => {
  it('quotes a value, cutting it with an ellipsis past 60 characters', () => {
    expect(quote('short')).toBe('"short"');
    expect(quote('x'.repeat(300))).toBe(`"${'x'.repeat(59)}…"`);
  });
});
