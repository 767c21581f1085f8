import type { Generator, SiteSettings } from './site-types';
import { splitFileDate } from './normalize-date';

/**
 * Where a Markdown file sits in its generator's layout. `kind` is decided here when the layout says
 * it (Jekyll's `_posts`, a top-level page); `section` leaves it to whether the section has dated posts
 * (Hugo, Zola, Astro collections); `dated` to whether the file itself has a date.
 */
export interface Placement {
  kind: 'article' | 'page' | 'section' | 'dated';
  /** Hugo and Zola's first folder under content/, Astro's collection, Jekyll's folders before `_posts`. */
  sections: string[];
  /** The file's own slug: its name (a bundle's folder), without a Jekyll or Zola date. */
  name: string;
  fileDate?: string;
  /** The path the old site built the address from, without extension: `posts/x`, `about`, `blog/2024/x`. */
  route: string;
  /** A page bundle's folder (Hugo and Zola `x/index.md`), whose other files belong to the post. */
  bundleDir?: string;
  draft?: boolean;
}

export type PlaceResult =
  { read: true; placement: Placement } | { read: false; code?: string; reason?: string };

const MARKDOWN = /\.(?:md|markdown|mdx)$/i;
// jekyll-import writes a WordPress site's posts as HTML with front matter: `_posts/2012-01-07-x.html`.
const JEKYLL_HTML_POST = /(?:^|\/)_(?:posts|drafts)\/(?:.+\/)?[^/]+\.html?$/i;
const NEVER =
  /(?:^|\/)(?:node_modules|\.[^/]+|_site|dist|public|static|resources|vendor|themes|archetypes|layouts)(?:\/|$)/;

/**
 * Decides whether a file of the site is a post and where it sits (see Placement); files outside the
 * generator's content, its data folders and section indexes (`_index.md`, which say so) are not read.
 * @example placeSourceFile('_posts/2012-01-07-rail.md', 'jekyll', settings) // { read: true, placement: { kind: 'article', name: 'rail', fileDate: '2012-01-07', … } }
 */
export function placeSourceFile(path: string, generator: Generator, settings: SiteSettings): PlaceResult {
  const htmlPost = generator === 'jekyll' && JEKYLL_HTML_POST.test(path);
  if ((!MARKDOWN.test(path) && !htmlPost) || (path.endsWith('.mdx') && generator !== 'astro'))
    return { read: false };
  const base = settings.contentDir === '.' ? '' : `${settings.contentDir}/`;
  if (!path.startsWith(base) || NEVER.test(path.slice(base.length))) return { read: false };
  const inner = path.slice(base.length).replace(htmlPost ? /\.html?$/i : MARKDOWN, '');
  const parts = inner.split('/');
  const file = parts.at(-1) ?? '';
  if (file === '_index')
    return {
      read: false,
      code: 'section-index',
      reason: `a section's index page (${path}) lists its section; sections are set up in content/sections.yaml, so it was not imported`,
    };
  if (
    generator !== 'hugo' &&
    generator !== 'zola' &&
    generator !== 'astro' &&
    /^(?:readme|changelog|license)$/i.test(file)
  )
    return {
      read: false,
      code: 'not-content',
      reason: `${path} describes the repository, not the site, so it was not imported`,
    };
  const isBundle = file === 'index' && parts.length > 1;
  const folders = parts.slice(0, isBundle ? -2 : -1);
  const own = splitFileDate(isBundle ? (parts.at(-2) ?? '') : file);
  // Jekyll, Zola and Eleventy read a date at the start of a file name; Hugo and Astro keep it in the slug.
  const named =
    generator === 'jekyll' || generator === 'zola' || generator === 'eleventy'
      ? own
      : { slug: isBundle ? (parts.at(-2) ?? '') : file };
  const placement = (
    kind: Placement['kind'],
    sections: string[],
    extra: Partial<Placement> = {},
  ): PlaceResult => ({
    read: true,
    placement: {
      kind,
      sections,
      name: named.slug,
      route: inner.replace(/(^|\/)index$/, ''),
      ...(named.date && { fileDate: named.date }),
      ...(isBundle && { bundleDir: path.replace(/\/[^/]+$/, '') }),
      ...extra,
    },
  });
  if (generator === 'jekyll') {
    const at = parts.findIndex((part) => part === '_posts' || part === '_drafts');
    if (at >= 0) return placement('article', parts.slice(0, at), { draft: parts[at] === '_drafts' });
    if (parts[0] === '_pages') return placement('page', [], { route: inner.slice('_pages/'.length) });
    if (parts.some((part) => part.startsWith('_')))
      return {
        read: false,
        code: 'not-imported',
        reason: `${path} is in a Jekyll folder the importer does not read (only _posts, _drafts, _pages and the site's own folders are)`,
      };
    return placement('page', []);
  }
  if (generator === 'eleventy' && parts.some((part) => part.startsWith('_'))) return { read: false };
  if (generator === 'astro') {
    if (parts[0] === 'pages')
      // src/pages/blog/x.md lives in the blog folder; src/pages/about.md in none.
      return placement('dated', parts.length > 2 ? [parts[1] ?? ''] : [], {
        route: inner.slice('pages/'.length).replace(/(^|\/)index$/, ''),
      });
    if (parts[0] !== 'content' || parts.length < 3) return { read: false };
    if (parts[1] === 'authors') return { read: false };
    return placement('section', [parts[1] ?? ''], {
      route: inner.slice('content/'.length).replace(/(^|\/)index$/, ''),
    });
  }
  if (generator === 'hugo' || generator === 'zola')
    return folders.length === 0 ? placement('page', []) : placement('section', folders.slice(0, 1));
  return placement('dated', folders.slice(0, 1));
}
