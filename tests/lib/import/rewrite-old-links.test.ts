import { describe, expect, it } from 'vitest';
import { rewriteOldLinks } from '@/lib/import/rewrite-old-links';

const links = new Map([
  ['/2012/01/07/fares', '/news/fares'],
  ['/?p=7', '/news/fares'],
]);

describe('rewriteOldLinks', () => {
  it('points links to an imported story, whole URL or path, at its new address', () => {
    expect(
      rewriteOldLinks(
        '[a](https://old.example/2012/01/07/fares/) [b](/?p=7#top) <a href="https://www.old.example/2012/01/07/fares">c</a>',
        'https://old.example',
        links,
      ),
    ).toBe('[a](/news/fares) [b](/news/fares#top) <a href="/news/fares">c</a>');
  });

  it('leaves links to other hosts and to old pages it does not know', () => {
    const text = '[a](https://elsewhere.example/2012/01/07/fares/) [b](https://old.example/category/news/)';
    expect(rewriteOldLinks(text, 'https://old.example', links)).toBe(text);
  });
});
