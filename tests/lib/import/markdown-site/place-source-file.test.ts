import { describe, expect, it } from 'vitest';
import { placeSourceFile } from '@/lib/import/markdown-site/place-source-file';
import type { SiteSettings } from '@/lib/import/markdown-site/site-types';

const content: SiteSettings = { basePath: '', contentDir: 'content', permalinks: {} };
const root: SiteSettings = { basePath: '', contentDir: '.', permalinks: {} };

describe('placeSourceFile', () => {
  it('places a Hugo bundle under its section, named by its folder, with the folder as its bundle', () => {
    expect(placeSourceFile('content/posts/2020/trip/index.md', 'hugo', content)).toEqual({
      read: true,
      placement: {
        kind: 'section',
        sections: ['posts'],
        name: 'trip',
        route: 'posts/2020/trip',
        bundleDir: 'content/posts/2020/trip',
      },
    });
  });

  it('keeps a date at the start of a Hugo file name in its slug, and takes it off for Zola', () => {
    const hugo = placeSourceFile('content/posts/2020-01-01-x.md', 'hugo', content);
    const zola = placeSourceFile('content/posts/2020-01-01_x.md', 'zola', content);
    expect(hugo.read && hugo.placement.name).toBe('2020-01-01-x');
    expect(zola.read && zola.placement).toMatchObject({ name: 'x', fileDate: '2020-01-01' });
  });

  it('reads Jekyll’s _pages as pages at the root, and only .html posts inside _posts', () => {
    expect(placeSourceFile('_pages/team.md', 'jekyll', root)).toMatchObject({
      read: true,
      placement: { kind: 'page', route: 'team' },
    });
    expect(placeSourceFile('_posts/2012-01-07-x.html', 'jekyll', root)).toMatchObject({
      read: true,
      placement: { kind: 'article', name: 'x' },
    });
    expect(placeSourceFile('index.html', 'jekyll', root)).toEqual({ read: false });
  });

  it('leaves out files outside the content folder, build output, themes and Eleventy’s _ folders', () => {
    expect(placeSourceFile('README.md', 'hugo', content)).toEqual({ read: false });
    expect(placeSourceFile('themes/x/content/a.md', 'hugo', root)).toEqual({ read: false });
    expect(placeSourceFile('src/_includes/a.md', 'eleventy', { ...root, contentDir: 'src' })).toEqual({
      read: false,
    });
    expect(placeSourceFile('node_modules/pkg/README.md', 'unknown', root)).toEqual({ read: false });
  });

  it('reads .mdx only for Astro, and leaves out its authors collection', () => {
    const astro: SiteSettings = { ...root, contentDir: 'src' };
    expect(placeSourceFile('notes/a.mdx', 'unknown', root)).toEqual({ read: false });
    expect(placeSourceFile('src/content/blog/a.mdx', 'astro', astro)).toMatchObject({
      read: true,
      placement: { kind: 'section', sections: ['blog'] },
    });
    expect(placeSourceFile('src/content/authors/jdoe.md', 'astro', astro)).toEqual({ read: false });
  });
});
