import type { ImportProblem, SourceAuthor } from '../source-post';
import { dataLanguageOf, parseData } from './parse-data-file';
import type { Generator, SiteFile, SiteSettings } from './site-types';
import { splitSourceFrontMatter } from './split-source-front-matter';

type Profiles = Map<string, Omit<SourceAuthor, 'key'>>;

/**
 * The authors the posts name, each with the name, bio and email the site's data gives it (Hugo
 * `data/authors.*` or `data/authors/<key>.*`, Jekyll `_data/authors.yml`, Eleventy `_data/authors.*`,
 * Astro's `src/content/authors/` collection); a key with no profile is its own name.
 * @example readSiteAuthors(files, 'jekyll', settings, ['jdoe']).authors // [{ key: 'jdoe', name: 'Jane Doe', … }]
 */
export function readSiteAuthors(
  files: SiteFile[],
  generator: Generator,
  settings: SiteSettings,
  keys: string[],
  shown: (path: string) => string,
): { authors: SourceAuthor[]; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const profiles: Profiles = new Map();
  const folders = {
    hugo: ['data'],
    jekyll: ['_data'],
    eleventy: [settings.dataDir ?? '_data'],
    astro: ['src/content', 'src/data'],
    zola: [],
    unknown: [],
  }[generator];
  for (const file of files) {
    const match = folders
      .map((folder) =>
        new RegExp(`^${folder}/authors(?:/([^/]+))?\\.(?:ya?ml|toml|json|md)$`).exec(file.path),
      )
      .find(Boolean);
    if (!match || file.text === undefined) continue;
    const language = dataLanguageOf(file.path);
    const parsed = language ? parseData(language, file.text) : frontMatterOf(file.text);
    if (!parsed.ok) {
      problems.push({
        severity: 'fix',
        code: 'data-syntax',
        file: shown(file.path),
        line: parsed.line,
        message: `expected the authors' data to parse: ${parsed.message}; its authors are named by their keys`,
      });
      continue;
    }
    if (match[1]) addProfile(profiles, match[1], parsed.value);
    else if (Array.isArray(parsed.value))
      parsed.value.forEach((entry) => addProfile(profiles, keyOf(entry), entry));
    else if (isRecord(parsed.value))
      Object.entries(parsed.value).forEach(([key, entry]) => addProfile(profiles, key, entry));
  }
  const authors = [...new Set(keys)].map((key) => ({
    key,
    name: key,
    ...(profiles.get(key) ?? profileByName(profiles, key)),
  }));
  return { authors, problems };
}

function frontMatterOf(
  text: string,
): { ok: true; value: unknown } | { ok: false; message: string; line: number } {
  const split = splitSourceFrontMatter(text);
  return split.ok ? { ok: true, value: split.data } : split;
}

function addProfile(profiles: Profiles, key: string | undefined, entry: unknown): void {
  if (!key || !isRecord(entry)) return;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  const name = text(entry.name) ?? text(entry.display_name) ?? text(entry.title) ?? key;
  const bio = text(entry.bio) ?? text(entry.description) ?? text(entry.about);
  const email = text(entry.email);
  profiles.set(key, { name, ...(bio && { bio }), ...(email && { email }) });
}

function profileByName(profiles: Profiles, name: string): Omit<SourceAuthor, 'key'> | undefined {
  return [...profiles.values()].find((profile) => profile.name === name);
}

function keyOf(entry: unknown): string | undefined {
  if (!isRecord(entry)) return undefined;
  const key = entry.key ?? entry.id ?? entry.slug ?? entry.name;
  return typeof key === 'string' ? key : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
