import { slugify } from '../content/slugify';
import type { SeededRandom } from './seeded-random';
import { FIRST_NAMES, LAST_NAMES, PLACES, ROLES, SECTIONS } from './word-bank';

export interface GeneratedAuthor {
  /** The file name without `.yaml`: the id articles name in `author`. */
  id: string;
  /** The section this author mostly writes for. */
  section: string;
  yaml: string;
}

/** Generates `count` authors with unique ids, spread over the sections so each has at least one. */
export function generateAuthors(random: SeededRandom, count: number): GeneratedAuthor[] {
  const authors: GeneratedAuthor[] = [];
  const ids = new Set<string>();
  for (let i = 0; i < count; i++) {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`;
    let id = slugify(name);
    if (ids.has(id)) id = `${id}-${i + 1}`;
    ids.add(id);
    const section = SECTIONS[i % SECTIONS.length] ?? SECTIONS[0];
    const role = random.pick(ROLES);
    const bio = `${name.split(' ')[0]} covers ${section.name.toLowerCase()} from ${random.pick(PLACES)} for The Northern Ledger.`;
    authors.push({
      id,
      section: section.slug,
      yaml: `name: ${JSON.stringify(name)}\nrole: ${JSON.stringify(`${role}, ${section.name}`)}\nbio: ${JSON.stringify(bio)}\n`,
    });
  }
  return authors;
}
