import type { SourceImage } from '../source-post';
import type { Generator } from './site-types';

/** The fields an importer needs, found under whichever name the generator (or its theme) gives them. */
export interface FrontMatterFields {
  title?: string;
  /** Raw values; normalizeDate reads them. `dateKey` is the field the date came from. */
  date?: unknown;
  dateKey?: string;
  /** Hugo's `publishDate` when the post also has a `date`: the story is hidden until then. */
  publishDate?: unknown;
  updated?: unknown;
  draft: boolean;
  authors: { key: string; name?: string; email?: string }[];
  categories: string[];
  tags: string[];
  summary?: string;
  image?: SourceImage;
  aliases: string[];
  featured: boolean;
  /** A positive `weight`, read as featured with a note (it orders pages in Hugo and Zola). */
  weight?: number;
  slug?: string;
  /** The post's own address: Hugo `url`, Jekyll and Eleventy `permalink`, Zola `path`. */
  url?: string;
}

type Data = Record<string, unknown>;

/**
 * Reads the importer's fields from one post's front matter, trying each generator's names in turn:
 * Zola's `[taxonomies]` and `[extra]`, Jekyll's space-separated tag strings, Hugo's `cover`, Astro's
 * `pubDate` and `heroImage`.
 * @example readFrontMatterFields({ title: 'Hi', tags: 'a b' }, 'jekyll').tags // ['a', 'b']
 */
export function readFrontMatterFields(data: Data, generator: Generator): FrontMatterFields {
  // Zola keeps a theme's fields under [extra]; Hugo 0.123 and later under params.
  const extra = asData(data.extra) ?? asData(data.params) ?? {};
  const taxonomies = asData(data.taxonomies) ?? {};
  const field = (...keys: string[]) =>
    keys.map((key) => data[key] ?? extra[key]).find((v) => v !== undefined);
  const words = generator === 'jekyll';
  const dateKey = ['date', 'publishDate', 'pubDate', 'published_at', 'publishdate'].find(
    (key) => data[key] !== undefined,
  );
  const weight = typeof data.weight === 'number' && data.weight > 0 ? data.weight : undefined;
  return {
    title: text(data.title),
    date: dateKey && data[dateKey],
    dateKey,
    publishDate: dateKey === 'date' ? (data.publishDate ?? data.publishdate) : undefined,
    updated: field('lastmod', 'updated', 'updatedDate', 'last_modified_at', 'modified', 'updated_at'),
    draft: data.draft === true || data.published === false,
    authors: readAuthors(field('authors', 'author')),
    categories: [
      ...list(taxonomies.categories, false),
      ...list(data.categories, words),
      ...list(data.category, false),
    ],
    tags: [...list(taxonomies.tags, false), ...list(data.tags, words)],
    summary: text(field('summary', 'description', 'excerpt', 'subtitle')),
    image: readImage(data, extra),
    aliases: [...list(data.aliases, false), ...list(data.redirect_from, false)],
    featured: [data.featured, data.pinned, data.sticky, extra.featured].some((v) => v === true),
    weight,
    slug: text(data.slug),
    url: text(field(generator === 'zola' ? 'path' : 'url', 'permalink')),
  };
}

function readImage(data: Data, extra: Data): SourceImage | undefined {
  const cover = asData(data.cover) ?? asData(extra.cover);
  if (cover && text(cover.image)) return makeImage(text(cover.image), text(cover.alt), text(cover.caption));
  const header = asData(data.header);
  const images = list(data.images, false);
  const value = [
    data.image,
    data.cover,
    data.featured_image,
    data.heroImage,
    data.thumbnail,
    extra.image,
    extra.cover,
    header?.overlay_image,
    header?.image,
    header?.teaser,
    images[0],
  ].find((v) => v !== undefined);
  const object = asData(value);
  if (object) {
    const src = text(object.src ?? object.path ?? object.url ?? object.image);
    return makeImage(src, text(object.alt), text(object.caption ?? object.title));
  }
  const alt = text(data.imageAlt ?? data.image_alt ?? data.alt ?? data.heroImageAlt ?? extra.image_alt);
  return makeImage(text(value), alt, text(data.imageCaption ?? data.image_caption));
}

function makeImage(src: string | undefined, alt?: string, caption?: string): SourceImage | undefined {
  if (!src) return undefined;
  return { src, ...(alt && { alt }), ...(caption && { caption }) };
}

function readAuthors(value: unknown): FrontMatterFields['authors'] {
  const values = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return values.flatMap((entry) => {
    const name = text(entry);
    if (name) return [{ key: name }];
    const object = asData(entry);
    const key = text(object?.id ?? object?.key ?? object?.name);
    return key ? [{ key, name: text(object?.name), email: text(object?.email) }] : [];
  });
}

function list(value: unknown, splitWords: boolean): string[] {
  if (Array.isArray(value)) return value.flatMap((v) => (text(v) ? [text(v) ?? ''] : []));
  const single = text(value);
  if (!single) return [];
  return splitWords ? single.split(/\s+/).filter(Boolean) : [single];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

function asData(value: unknown): Data | undefined {
  // A parsed map: js-yaml, smol-toml and JSON.parse give plain objects for every mapping.
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : undefined;
}
