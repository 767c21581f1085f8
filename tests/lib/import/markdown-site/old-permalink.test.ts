import { describe, expect, it } from 'vitest';
import { oldPermalink, type PermalinkInput } from '@/lib/import/markdown-site/old-permalink';
import type { Placement } from '@/lib/import/markdown-site/place-source-file';
import type { SiteSettings } from '@/lib/import/markdown-site/site-types';

const settings = (permalinks: Record<string, string>, basePath = ''): SiteSettings => ({
  basePath,
  contentDir: '.',
  permalinks,
});
const jekyllPost: Placement = {
  kind: 'article',
  sections: [],
  name: 'rail-fares',
  fileDate: '2012-01-07',
  route: '_posts/2012-01-07-rail-fares',
};
const post = (placement: Placement, extra: Partial<PermalinkInput> = {}): PermalinkInput => ({
  placement,
  date: '2012-01-07T09:05:00',
  title: 'Rail Fares Frozen',
  categories: ['News'],
  ...extra,
});

describe('oldPermalink', () => {
  it('follows each of Jekyll’s named styles', () => {
    const of = (style: string) => oldPermalink('jekyll', settings({ '*': style }), post(jekyllPost));
    expect(of('date')).toBe('/news/2012/01/07/rail-fares.html');
    expect(of('pretty')).toBe('/news/2012/01/07/rail-fares/');
    expect(of('ordinal')).toBe('/news/2012/007/rail-fares.html');
    expect(of('none')).toBe('/news/rail-fares.html');
  });

  it('dates a Jekyll address in the site’s zone, not the one the date was written in', () => {
    const london: SiteSettings = { ...settings({ '*': 'date' }), timeZone: 'Europe/London' };
    const late = post(jekyllPost, { date: '2013-02-01T22:00:00-05:00', categories: [] });
    expect(oldPermalink('jekyll', london, late)).toBe('/2013/02/02/rail-fares.html');
    expect(oldPermalink('jekyll', settings({ '*': 'date' }), late)).toBe('/2013/02/01/rail-fares.html');
  });

  it('fills a custom Jekyll pattern, a front-matter slug replacing :title', () => {
    const custom = settings({ '*': '/:year/:i_month/:title/' });
    expect(oldPermalink('jekyll', custom, post(jekyllPost, { slug: 'fares' }))).toBe('/2012/1/fares/');
  });

  it('leaves out empty categories without doubling slashes, and prefixes the base path', () => {
    expect(
      oldPermalink('jekyll', settings({ '*': 'date' }, '/blog'), post(jekyllPost, { categories: [] })),
    ).toBe('/blog/2012/01/07/rail-fares.html');
  });

  it('gives a Hugo post /<folders>/<slug>/ lower-cased by default, and its url when it has one', () => {
    const hugoPost: Placement = {
      kind: 'section',
      sections: ['news'],
      name: 'Rail-Fares',
      route: 'news/2012/Rail-Fares',
    };
    expect(oldPermalink('hugo', settings({}), post(hugoPost))).toBe('/news/2012/rail-fares/');
    expect(oldPermalink('hugo', settings({}), post(hugoPost, { url: '/Special/Path/' }))).toBe(
      '/Special/Path/',
    );
  });

  it('fills Hugo’s :section, :monthname and :filename, longest token first', () => {
    const hugoPost: Placement = { kind: 'section', sections: ['news'], name: 'rail', route: 'news/rail' };
    expect(oldPermalink('hugo', settings({ news: '/:section/:monthname/:filename/' }), post(hugoPost))).toBe(
      '/news/january/rail/',
    );
    expect(oldPermalink('hugo', settings({ news: '/:slugorfilename/' }), post(hugoPost))).toBe('/rail/');
  });

  it('ignores a permalink that is a template and uses the file’s path (Eleventy)', () => {
    const page: Placement = { kind: 'dated', sections: ['posts'], name: 'x', route: 'posts/x' };
    expect(oldPermalink('eleventy', settings({}), post(page, { url: '/{{ page.fileSlug }}/' }))).toBe(
      '/posts/x/',
    );
  });
});
