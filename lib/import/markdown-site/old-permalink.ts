import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Placement } from './place-source-file';
import type { Generator, SiteSettings } from './site-types';

export interface PermalinkInput {
  placement: Placement;
  /** The post's ISO date (its written zone's wall clock), or '' when it has none. */
  date: string;
  title: string;
  slug?: string;
  /** The post's own address, from its front matter (Hugo `url`, Jekyll `permalink`, Zola `path`). */
  url?: string;
  categories: string[];
}

// Jekyll's named styles, from its documentation ("Permalinks", built-in formats).
const JEKYLL_STYLES: Record<string, string> = {
  date: '/:categories/:year/:month/:day/:title:output_ext',
  pretty: '/:categories/:year/:month/:day/:title/',
  ordinal: '/:categories/:year/:y_day/:title:output_ext',
  weekdate: '/:categories/:year/W:week/:short_day/:title:output_ext',
  none: '/:categories/:title:output_ext',
};

/**
 * The address a post had on the old site, computed as its generator did: Hugo's `[permalinks]` (else
 * `/<folders>/<slug>/`, lower-cased), Jekyll's `permalink` style or pattern, Zola's
 * `/<section>/<slug>/`, Eleventy's and Astro's paths from the file; a front-matter address wins.
 * @example oldPermalink('jekyll', settings, { placement, date: '2012-01-07T00:00:00', … }) // '/news/2012/01/07/rail-fares.html'
 */
export function oldPermalink(generator: Generator, settings: SiteSettings, post: PermalinkInput): string {
  const { placement } = post;
  const own = post.url && !/[{}]/.test(post.url) ? post.url : undefined;
  const slug = post.slug ?? placement.name;
  // The route ends with the file's (or bundle folder's) name; the folders before it stay in the address.
  const folders = placement.route.split('/').slice(0, -1);
  let path: string;
  if (generator === 'hugo') {
    const pattern = settings.permalinks[placement.sections[0] ?? ''];
    path =
      own ??
      (pattern && placement.kind !== 'page'
        ? fill(pattern, post, {
            slug: post.slug ?? urlize(post.title),
            title: urlize(post.title),
            filename: placement.name,
          })
        : `/${[...folders, slug].join('/')}/`);
    if (!own) path = urlize(path);
  } else if (generator === 'jekyll') {
    const style = settings.permalinks['*'] ?? 'date';
    const pattern = JEKYLL_STYLES[style] ?? style;
    if (placement.kind === 'article')
      path = fill(own ?? pattern, inSiteZone(post, settings.timeZone), {
        title: slug,
        slug: slugify(slug),
        categories: post.categories.map((c) => c.toLowerCase()).join('/'),
      });
    else
      path =
        own ??
        (pattern.endsWith('/') ? `/${placement.route}/` : placement.route ? `/${placement.route}.html` : '/');
  } else if (generator === 'zola') {
    path = own ?? `/${[...folders, slug].map(slugify).join('/')}/`;
  } else if (generator === 'astro' && placement.kind !== 'dated') {
    const id = post.slug ?? placement.route.split('/').slice(1).join('/');
    path = own ?? `/${placement.sections[0]}/${slugify(id)}/`;
  } else {
    path = own ?? `/${placement.route}/`;
  }
  return `${settings.basePath}/${path}`.replace(/\/{2,}/g, '/');
}

// Jekyll builds a post's address from its date in the site's `timezone`, not the zone it was written
// in: "2013-02-01 22:00 -0500" is 2 February in London.
function inSiteZone(post: PermalinkInput, timeZone: string | undefined): PermalinkInput {
  if (!timeZone || !/(?:Z|[+-]\d{2}:\d{2})$/.test(post.date)) return post;
  const instant = new Date(post.date);
  if (Number.isNaN(instant.getTime())) return post;
  return { ...post, date: format(new TZDate(instant, timeZone), "yyyy-MM-dd'T'HH:mm:ss") };
}

function fill(pattern: string, post: PermalinkInput, words: Record<string, string>): string {
  const [, year = '', month = '', day = '', hour = '', minute = '', second = ''] =
    /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(post.date) ?? [];
  const date = year ? new Date(Date.UTC(Number(year), Number(month) - 1, Number(day))) : undefined;
  const yearDay = date
    ? String(Math.floor((date.getTime() - Date.UTC(Number(year), 0, 1)) / 86_400_000) + 1).padStart(3, '0')
    : '';
  const values: Record<string, string> = {
    year,
    month,
    day,
    hour,
    minute,
    second,
    i_month: String(Number(month)),
    i_day: String(Number(day)),
    short_year: year.slice(2),
    y_day: yearDay,
    monthname: date ? date.toLocaleString('en', { month: 'long', timeZone: 'UTC' }).toLowerCase() : '',
    section: post.placement.sections[0] ?? '',
    sections: post.placement.sections.join('/'),
    contentbasename: post.placement.name,
    slugorfilename: post.slug ?? post.placement.name,
    output_ext: '.html',
    ...words,
  };
  // Longest names first, so :slugorfilename is not read as :slug followed by "orfilename".
  const names = Object.keys(values).sort((a, b) => b.length - a.length);
  return pattern.replace(new RegExp(`:(${names.join('|')})`, 'g'), (_, name: string) => values[name] ?? '');
}

/** Hugo's URLize: lower case, spaces to hyphens (Hugo lower-cases paths unless told not to). */
function urlize(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/\s+/g, '-')
    .replace(/[^\p{L}\p{N}\p{M}/._~:-]+/gu, '');
}

/** Zola's and Jekyll's `:slug`: lower-case letters and digits of any script, single hyphens. */
function slugify(value: string): string {
  return value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}
