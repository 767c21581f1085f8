import { RESERVED_SECTION_SLUGS, type Section } from '../content/section-schema';
import { slugify } from '../content/slugify';
import type { SourceAuthor } from './source-post';
import type { ImportMap } from './import-map';

/** What a source holds that the mapping file names: categories, tags, authors and pages. */
export interface MapInput {
  categories: Map<string, { description?: string; count: number }>;
  tags: Map<string, number>;
  authors: SourceAuthor[];
  /** Page slugs with their titles. */
  pages: Map<string, string>;
}

const PAGE_NAMES: Record<string, string> = {
  'about-us': 'about',
  'contact-us': 'contact',
  corrections: 'corrections-policy',
  ethics: 'ethics-policy',
  ownership: 'ownership-and-funding',
  funding: 'ownership-and-funding',
};

/**
 * The first run's mapping: each category to the section of content/sections.yaml with its name (or a
 * new section named after it), each tag to itself, each author to the existing author of that name
 * (or a new id from their name), each page to the standing page it is (about-us → about) or its slug.
 * @example suggestImportMap({ categories: new Map([['Sport', { count: 3 }]]), … }, { sections: [{ slug: 'sport', … }] }).categories // Map { 'Sport' → 'sport' }
 */
export function suggestImportMap(
  input: MapInput,
  existing: { sections: readonly Pick<Section, 'slug' | 'name'>[]; authors: ReadonlyMap<string, string> },
): ImportMap {
  const map: ImportMap = {
    categories: new Map(),
    sections: new Map(),
    tags: new Map(),
    authors: new Map(),
    pages: new Map(),
  };
  const sectionSlugs = new Set(existing.sections.map((s) => s.slug));
  for (const [name, { description }] of input.categories) {
    const match = existing.sections.find(
      (s) => s.slug === slugify(name) || s.name.toLowerCase() === name.toLowerCase(),
    );
    if (match) {
      map.categories.set(name, match.slug);
      continue;
    }
    let slug = slugify(name);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug) || RESERVED_SECTION_SLUGS.includes(slug))
      slug = `section-${map.sections.size + 1}`;
    map.categories.set(name, slug);
    if (!sectionSlugs.has(slug) && !map.sections.has(slug))
      map.sections.set(slug, {
        name: name.slice(0, 60),
        description: (description || `Stories filed under ${name}.`).slice(0, 300),
      });
  }
  for (const tag of input.tags.keys()) map.tags.set(tag, tag.slice(0, 60));
  const taken = new Set<string>();
  for (const author of input.authors) {
    const match = [...existing.authors].find(
      ([id, name]) => id === slugify(author.name) || name.toLowerCase() === author.name.toLowerCase(),
    );
    let id = match?.[0] ?? (slugify(author.name) || slugify(author.key) || `author-${taken.size + 1}`);
    if (!match) for (let n = 2; taken.has(id); n++) id = `${slugify(author.name) || 'author'}-${n}`;
    taken.add(id);
    map.authors.set(author.key, id);
  }
  for (const [slug, title] of input.pages)
    map.pages.set(slug, PAGE_NAMES[slug] ?? (slugify(slug) || slugify(title) || 'page'));
  return map;
}
