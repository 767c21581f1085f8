import { describe, expect, it } from 'vitest';
import { foldText } from '@/lib/text/fold-text';
import { slugify } from '@/lib/content/slugify';

describe('foldText', () => {
  it('lower-cases and takes accents off Latin and Greek letters', () => {
    expect(foldText('Café Société ÅNGSTRÖM')).toBe('cafe societe angstrom');
    expect(foldText('Περιεχόμενο')).toBe('περιεχομενο');
  });

  it('keeps the marks that are part of a letter in other scripts', () => {
    expect(foldText('Йошкар-Ола')).toBe('йошкар-ола');
    expect(foldText('हिन्दी')).toBe('हिन्दी');
    expect(foldText('한국어')).toBe('한국어');
  });

  it('unifies compatibility forms', () => {
    expect(foldText('ﬁnance ＡＢＣ')).toBe('finance abc');
  });
});

describe('slugify', () => {
  it('makes a slug of letters, digits and hyphens in any script', () => {
    expect(slugify('Café Society')).toBe('cafe-society');
    expect(slugify('Content / Περιεχόμενο')).toBe('content-περιεχομενο');
    expect(slugify('新闻 报道')).toBe('新闻-报道');
    expect(slugify('../etc/passwd')).toBe('etc-passwd');
    expect(slugify('<script>')).toBe('script');
    expect(slugify('---')).toBe('');
  });

  it('cuts a long slug at 120 characters without splitting a character', () => {
    const slug = slugify('😀'.repeat(10) + '𝒜'.repeat(200));
    expect([...slug]).toHaveLength(120);
    expect(slug).not.toMatch(/[\uD800-\uDBFF]$/);
  });
});
