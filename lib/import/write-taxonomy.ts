import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { showPath } from '../content/file-stamps';
import { truncateAtWord } from '../text/truncate';
import type { FileWriter } from './file-writer';
import type { ImportMap } from './import-map';
import type { SourceAuthor } from './source-post';

export interface TaxonomyInput {
  contentDir: string;
  sectionsText: string;
  sections: { slug: string }[];
  existingAuthors: ReadonlyMap<string, string>;
  map: ImportMap;
  authors: readonly SourceAuthor[];
  siteTitle: string;
  used: { sections: ReadonlySet<string>; authors: ReadonlySet<string> };
  writer: FileWriter;
}

/**
 * Adds the sections and authors the imported stories use and the site lacks: sections at the end of
 * sections.yaml (as text, so the editor's file keeps its layout and comments), an author file each.
 * Never rewrites an existing author. Returns the files written, as shown.
 */
export function writeTaxonomy(input: TaxonomyInput): string[] {
  const { contentDir, map, writer } = input;
  const written: string[] = [];
  const known = new Set(input.sections.map((s) => s.slug));
  const added = [...input.used.sections].filter((slug) => !known.has(slug));
  if (added.length > 0) {
    const order =
      Math.max(0, ...[...input.sectionsText.matchAll(/^\s+order:\s*(-?\d+)/gm)].map((m) => Number(m[1]))) + 1;
    const blocks = added.map((slug, i) => {
      const named = map.sections.get(slug) ?? {
        name: titleOf(slug),
        description: `Stories filed under ${titleOf(slug)}.`,
      };
      const entry = {
        slug,
        name: truncateAtWord(named.name, 60),
        description: truncateAtWord(named.description, 300),
        order: order + i,
      };
      return yaml.dump([entry], { lineWidth: -1 });
    });
    const text = input.sectionsText;
    const file = path.join(contentDir, 'sections.yaml');
    writer.writeFile(file, `${text}${text && !text.endsWith('\n') ? '\n' : ''}${blocks.join('')}`);
    written.push(showPath(file));
  }
  const byKey = new Map(input.authors.map((a) => [a.key, a]));
  for (const id of input.used.authors) {
    const file = path.join(contentDir, 'authors', `${id}.yaml`);
    if (input.existingAuthors.has(id) || existsSync(file)) continue;
    const key = [...map.authors].find(([, target]) => target === id)?.[0];
    writer.writeFile(file, formatAuthor(key ? byKey.get(key) : undefined, id, input.siteTitle));
    written.push(showPath(file));
  }
  return written;
}

/** The sections of sections.yaml by slug and name; none when it cannot be read (check:content says why). */
export function readSections(text: string): { slug: string; name: string }[] {
  try {
    const data: unknown = yaml.load(text, { schema: yaml.CORE_SCHEMA });
    if (!Array.isArray(data)) return [];
    return data.flatMap((s: unknown) =>
      typeof s === 'object' && s !== null && 'slug' in s && typeof s.slug === 'string'
        ? [{ slug: s.slug, name: 'name' in s && typeof s.name === 'string' ? s.name : s.slug }]
        : [],
    );
  } catch {
    return [];
  }
}

/** The authors of content/authors/ by id, with their names. */
export function readAuthors(dir: string): Map<string, string> {
  const authors = new Map<string, string>();
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)) : [];
  for (const file of files) {
    let name = '';
    try {
      const data: unknown = yaml.load(readFileSync(path.join(dir, file), 'utf8'), {
        schema: yaml.CORE_SCHEMA,
      });
      if (typeof data === 'object' && data !== null && 'name' in data && typeof data.name === 'string')
        name = data.name;
    } catch {
      name = '';
    }
    authors.set(file.replace(/\.ya?ml$/, ''), name);
  }
  return authors;
}

function titleOf(slug: string): string {
  return slug.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

function formatAuthor(author: SourceAuthor | undefined, id: string, siteTitle: string): string {
  const name = truncateAtWord(author?.name || titleOf(id), 100);
  const bio = truncateAtWord(author?.bio || `${name} wrote for ${siteTitle || 'the old site'}.`, 1000);
  // No email: WordPress keeps authors' addresses private, and an author page here shows one.
  return yaml.dump({ name, role: 'Contributor', bio }, { lineWidth: -1 });
}
