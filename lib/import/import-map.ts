import yaml from 'js-yaml';
import { sectionSchema } from '../content/section-schema';
import { isSafeSlug } from '../content/slugify';
import type { ImportProblem } from './source-post';

/** The mapping file's name, in the content folder: the editor's say over what the import names things. */
export const IMPORT_MAP_FILE = 'import-map.yaml';

/** How an import names the source's categories, tags, authors and pages on this site. */
export interface ImportMap {
  /** Category name → section slug; many categories may share one section. */
  categories: Map<string, string>;
  /** Sections the import creates in content/sections.yaml, with their names. */
  sections: Map<string, { name: string; description: string }>;
  /** Tag → tag on this site; '' drops it. */
  tags: Map<string, string>;
  /** Author key (a WordPress login) → author id, a file of content/authors/. */
  authors: Map<string, string>;
  /** Page slug on the old site → its file name in content/pages/. */
  pages: Map<string, string>;
}

type Block = keyof ImportMap;
const BLOCKS: Block[] = ['categories', 'sections', 'tags', 'authors', 'pages'];
const HELP: Record<Block, string> = {
  categories:
    'category → section slug (one of content/sections.yaml, or a new one listed under sections:); many may share one',
  sections:
    'new sections the import adds to content/sections.yaml: rename them here, or map their categories to an existing section instead',
  tags: 'tag → tag on this site (write the same tag for two to merge them; "" drops one)',
  authors: 'author login → author id (content/authors/<id>.yaml; created when missing)',
  pages:
    'page slug → file in content/pages/ (about, contact, corrections-policy, ethics-policy and ownership-and-funding are the ones the site shows)',
};

/**
 * Writes the mapping file, a comment above each block saying what to edit, and each category's and
 * tag's use count beside it, so the editor sees what matters most.
 */
export function formatImportMap(
  map: ImportMap,
  counts: { categories?: Map<string, { count: number }>; tags?: Map<string, number> } = {},
): string {
  const lines = [
    '# What the import names things on this site. Edit the values (right of the colon), then run the',
    '# import again: it updates what it imported. Keys it does not know are reported, never used.',
  ];
  for (const block of BLOCKS) {
    lines.push('', `# ${HELP[block]}`, `${block}:${map[block].size === 0 ? ' {}' : ''}`);
    for (const [key, value] of map[block]) {
      if (typeof value !== 'string') {
        lines.push(
          `  ${scalar(key)}: { name: ${scalar(value.name)}, description: ${scalar(value.description)} }`,
        );
        continue;
      }
      const count =
        block === 'categories'
          ? counts.categories?.get(key)?.count
          : block === 'tags'
            ? counts.tags?.get(key)
            : undefined;
      lines.push(
        `  ${scalar(key)}: ${scalar(value)}${count === undefined ? '' : `  # ${count} ${count === 1 ? 'story' : 'stories'}`}`,
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Reads an edited mapping file: its values, and a problem (with its line) for each one that cannot be used. */
export function parseImportMap(
  text: string,
  file: string,
): { map: Partial<ImportMap>; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA });
  } catch (error) {
    const line = error instanceof yaml.YAMLException ? error.mark.line + 1 : undefined;
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      map: {},
      problems: [
        {
          file,
          line,
          severity: 'fix',
          code: 'import-map-syntax',
          message: `${message}; fix the YAML and run the import again (the suggested mapping was used)`,
        },
      ],
    };
  }
  const map: Partial<ImportMap> = {};
  const record = isRecord(data) ? data : {};
  for (const [block, value] of Object.entries(record)) {
    if (!BLOCKS.includes(block as Block) || !isRecord(value)) {
      problems.push({
        file,
        line: lineOf(text, undefined, block),
        severity: 'fix',
        code: 'unknown-map-key',
        message: `expected one of ${BLOCKS.join(', ')} with key: value lines, found "${block}"`,
      });
      continue;
    }
    const entries = new Map<string, never>();
    for (const [key, raw] of Object.entries(value)) {
      const problem = (message: string) =>
        problems.push({
          file,
          line: lineOf(text, block, key),
          severity: 'fix',
          code: 'invalid-map-value',
          message,
        });
      if (block === 'sections') {
        const name = isRecord(raw) && typeof raw.name === 'string' ? raw.name : undefined;
        if (!name) problem(`expected { name: …, description: … } for the new section "${key}"`);
        else
          entries.set(key, {
            name,
            description:
              isRecord(raw) && typeof raw.description === 'string'
                ? raw.description
                : `Stories filed under ${name}.`,
          } as never);
        continue;
      }
      const target =
        raw === null ? '' : typeof raw === 'string' || typeof raw === 'number' ? String(raw) : undefined;
      if (target === undefined) problem(`expected text for "${key}", found ${JSON.stringify(raw)}`);
      else if (block === 'categories' && !sectionSchema.shape.slug.safeParse(target).success)
        problem(
          `expected a section slug (lower-case letters, digits and hyphens, not one of the site's own paths) for "${key}", found "${target}"`,
        );
      else if ((block === 'authors' || block === 'pages') && !isSafeSlug(target))
        problem(`expected a slug (lower-case letters, digits and hyphens) for "${key}", found "${target}"`);
      else entries.set(key, target as never);
    }
    (map as Record<string, Map<string, never>>)[block] = entries;
  }
  return { map, problems };
}

/**
 * The map a run uses: the editor's values where the file has them, the suggestions for anything new in
 * the source; keys of the file the source does not have are reported (a typo, or another export's).
 */
export function mergeImportMap(
  suggested: ImportMap,
  edited: Partial<ImportMap>,
  text: string,
  file: string,
): { map: ImportMap; added: number; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  let added = 0;
  const merged = {} as Record<Block, Map<string, unknown>>;
  for (const block of BLOCKS) {
    const mine = (edited[block] ?? new Map()) as Map<string, unknown>;
    const theirs = suggested[block] as Map<string, unknown>;
    const result = new Map<string, unknown>();
    for (const [key, value] of theirs) {
      if (!mine.has(key) && block !== 'sections') added++;
      result.set(key, mine.has(key) ? mine.get(key) : value);
    }
    for (const [key, value] of mine) {
      if (block === 'sections') result.set(key, value);
      else if (!theirs.has(key))
        problems.push({
          file,
          line: lineOf(text, block, key),
          severity: 'note',
          code: 'unknown-map-key',
          message: `"${key}" is not in this source's ${block}; ignored (a typo, or from another export?)`,
        });
    }
    merged[block] = result;
  }
  return { map: merged as unknown as ImportMap, added, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Plain where YAML reads the text back as itself, quoted (JSON's quoting is valid YAML) otherwise.
function scalar(value: string): string {
  return /^[\p{L}][\p{L}\p{N}-]*$/u.test(value) && !/^(true|false|null|y|n|yes|no|on|off)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

// The line of `key:` inside `block:` (or of a top-level key), for report lines; undefined when not found.
function lineOf(text: string, block: string | undefined, key: string): number | undefined {
  const lines = text.split('\n');
  let inBlock = block === undefined;
  const candidates = [key, JSON.stringify(key), `'${key}'`];
  for (const [i, line] of lines.entries()) {
    if (/^\S/.test(line) && !line.startsWith('#')) {
      if (block === undefined && candidates.some((c) => line.startsWith(`${c}:`))) return i + 1;
      inBlock = block !== undefined && line.startsWith(`${block}:`);
    } else if (inBlock && block !== undefined && candidates.some((c) => line.trimStart().startsWith(`${c}:`)))
      return i + 1;
  }
  return undefined;
}
