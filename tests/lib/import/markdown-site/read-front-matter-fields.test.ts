import { describe, expect, it } from 'vitest';
import { readFrontMatterFields } from '@/lib/import/markdown-site/read-front-matter-fields';

describe('readFrontMatterFields', () => {
  it('reads Hugo’s params and Zola’s extra for theme fields', () => {
    expect(
      readFrontMatterFields({ params: { author: 'ann', cover: { image: 'c.jpg', alt: 'C' } } }, 'hugo'),
    ).toMatchObject({
      authors: [{ key: 'ann' }],
      image: { src: 'c.jpg', alt: 'C' },
    });
    expect(readFrontMatterFields({ extra: { image: 'e.jpg' } }, 'zola').image).toEqual({ src: 'e.jpg' });
  });

  it('reads an author given as an object with a name and email', () => {
    expect(
      readFrontMatterFields({ author: { name: 'Ann Lee', email: 'a@x.org' } }, 'jekyll').authors,
    ).toEqual([{ key: 'Ann Lee', name: 'Ann Lee', email: 'a@x.org' }]);
  });

  it('takes featured, pinned or sticky as featured, and only a positive weight', () => {
    expect(readFrontMatterFields({ sticky: true }, 'jekyll').featured).toBe(true);
    expect(readFrontMatterFields({ weight: 0 }, 'hugo').weight).toBeUndefined();
    expect(readFrontMatterFields({ weight: 3 }, 'hugo').weight).toBe(3);
  });

  it('splits a space-separated tag string only for Jekyll, which reads it so', () => {
    expect(readFrontMatterFields({ tags: 'rail fares' }, 'jekyll').tags).toEqual(['rail', 'fares']);
    expect(readFrontMatterFields({ tags: 'rail fares' }, 'hugo').tags).toEqual(['rail fares']);
  });

  it('reads Zola’s path, not its url, as the post’s own address', () => {
    expect(readFrontMatterFields({ path: 'a/b' }, 'zola').url).toBe('a/b');
    expect(readFrontMatterFields({ permalink: '/x/' }, 'jekyll').url).toBe('/x/');
  });
});
