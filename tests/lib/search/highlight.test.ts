import { describe, expect, it } from 'vitest';
import { excerpt, highlight } from '@/lib/search/highlight';

describe('highlight', () => {
  it('marks whole matched words, ignoring case and accents', () => {
    expect(highlight('Rail strike ends at Café Royal', ['rail', 'cafe'])).toEqual([
      { text: 'Rail', match: true },
      { text: ' strike ends at ', match: false },
      { text: 'Café', match: true },
      { text: ' Royal', match: false },
    ]);
  });

  it('leaves markup in the text as plain text for React to escape', () => {
    const parts = highlight('<script>rail</script>', ['rail']);
    expect(parts.map((p) => p.text).join('')).toBe('<script>rail</script>');
    expect(parts.filter((p) => p.match)).toEqual([{ text: 'rail', match: true }]);
  });
});

describe('excerpt', () => {
  const text = `${'Opening words. '.repeat(30)}The tram depot will close in March. ${'Closing words. '.repeat(30)}`;

  it('takes a passage around the first match, cut at word boundaries', () => {
    const passage = excerpt(text, ['depot'], 120);
    expect(passage).toContain('tram depot will close');
    expect(passage.startsWith('…')).toBe(true);
    expect(passage.endsWith('…')).toBe(true);
    expect(passage.length).toBeLessThanOrEqual(122);
  });

  it('starts at the beginning when nothing matches', () => {
    expect(excerpt(text, ['zebra'], 40).startsWith('Opening words.')).toBe(true);
  });
});
