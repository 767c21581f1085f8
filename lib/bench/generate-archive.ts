import { slugify } from '../content/slugify';
import { capitalise, generateArticleBody } from './generate-article-body';
import { generateAuthors, type GeneratedAuthor } from './generate-authors';
import { createRandom, type SeededRandom } from './seeded-random';
import {
  ADJECTIVES,
  IMAGES,
  OUTCOMES,
  PLACES,
  QUALIFIERS,
  SECTIONS,
  SOURCES,
  TAGS,
  TOPICS,
  VERBS,
} from './word-bank';

/** A file of the generated content folder: its path inside the folder, and its text. */
export interface GeneratedFile {
  path: string;
  text: string;
}

/** What the benchmark needs to know about a generated article without parsing it. */
export interface GeneratedArticle {
  slug: string;
  section: string;
  /** Path inside the content folder. */
  path: string;
  /** The first words of its title, which a search for it finds. */
  title: string;
}

export interface GeneratedArchive {
  files: GeneratedFile[];
  /** Oldest first. */
  articles: GeneratedArticle[];
}

export interface ArchiveOptions {
  articles: number;
  seed?: string | number;
  /** The newest article's date (site time); the archive spans the ten years before it. Fixed, so output never depends on the clock. */
  end?: string;
}

const YEARS = 10;
const HOUR = 3_600_000;

/**
 * Generates a synthetic, valid content folder of `articles` articles (oldest first, over ten years) with
 * its authors, sections.yaml, site.yaml and about page. The same options always give identical files.
 * @example generateArchive({ articles: 20, seed: 1 }).files.length // 20 articles + authors + 3 config files
 */
export function generateArchive(options: ArchiveOptions): GeneratedArchive {
  const articles: GeneratedArticle[] = [];
  const files = [...archiveFiles(options, articles)];
  return { files, articles };
}

/**
 * generateArchive's files one at a time, each article's metadata pushed onto `articles` as its file
 * is made, so an archive of a million stories (~6 GB of text) is written without being held.
 */
export function* archiveFiles(
  options: ArchiveOptions,
  articles: GeneratedArticle[],
): Generator<GeneratedFile> {
  const random = createRandom(options.seed ?? 1);
  // A newsroom grows more slowly than its archive: 21 authors at 1,000 articles, 48 at 10,000.
  const authors = generateAuthors(random, Math.round(8 + 4 * Math.sqrt(options.articles / 100)));
  const endMs = Date.parse(`${options.end ?? '2025-06-30T18:00'}:00Z`);
  const startMs = endMs - YEARS * 365.25 * 24 * HOUR;
  for (let i = 0; i < options.articles; i++) {
    const at = startMs + ((i + random.next()) / options.articles) * (endMs - startMs);
    const { article, text } = generateArticle(random, i, at, authors, articles);
    articles.push(article);
    yield { path: article.path, text };
  }
  yield* authors.map((a) => ({ path: `authors/${a.id}.yaml`, text: a.yaml }));
  yield* configFiles();
}

function generateArticle(
  random: SeededRandom,
  i: number,
  at: number,
  authors: readonly GeneratedAuthor[],
  earlier: readonly GeneratedArticle[],
) {
  const section = random.pick(weightedSections);
  const topics = TOPICS[section.slug];
  const topic = random.pickZipf(topics, 0.8);
  const place = random.pickZipf(PLACES, 0.9);
  const title = `${place} ${random.pick(VERBS)} ${random.pick(ADJECTIVES)} ${topic} ${random.pick(QUALIFIERS)}`;
  const slug = `${slugify(title)}-${i + 1}`;
  const date = formatSiteTime(at);
  const writers = authors.filter((a) => a.section === section.slug);
  const byline = [random.pickZipf(writers.length > 0 ? writers : authors).id];
  if (random.chance(0.05)) byline.push(random.pick(authors.filter((a) => a.id !== byline[0])).id);

  const lines = [
    `title: ${quote(capitalise(title))}`,
    `date: ${date}`,
    `author: ${byline.length === 1 ? byline[0] : `[${byline.join(', ')}]`}`,
    `section: ${section.slug}`,
  ];
  lines.push(`tags: [${pickTags(random, topics, place).map(quote).join(', ')}]`);
  if (random.chance(0.8))
    lines.push(
      `summary: ${quote(`${capitalise(random.pick(SOURCES))} say the ${topic} in ${place} ${random.pick(OUTCOMES)}.`)}`,
    );
  if (random.chance(0.4)) {
    const image = random.pick(IMAGES);
    lines.push(`image: ${image.src}`, `imageAlt: ${quote(image.alt)}`);
    if (random.chance(0.3))
      lines.push(
        `imageCaption: ${quote(`The ${topic} in ${place}.`)}`,
        `imageCredit: ${quote('Photograph: The Northern Ledger')}`,
      );
  }
  if (random.chance(0.15)) lines.push(`updated: ${formatSiteTime(at + random.int(1, 72) * HOUR)}`);
  if (random.chance(0.01)) lines.push('featured: true');
  if (earlier.length > 10 && random.chance(0.03)) {
    const pins = new Set(Array.from({ length: random.int(1, 2) }, () => random.pick(earlier).slug));
    lines.push(`related: [${[...pins].join(', ')}]`);
  }
  if (random.chance(0.01)) {
    lines.push(
      'corrections:',
      `  - date: ${formatSiteTime(at + 48 * HOUR)}`,
      `    text: ${quote(`An earlier version of this story gave the wrong figure for the ${topic}.`)}`,
    );
  }
  const linkTargets =
    earlier.length === 0
      ? []
      : Array.from({ length: random.int(0, 3) }, () => {
          const target = random.chance(0.8)
            ? earlier[Math.max(0, earlier.length - random.int(1, 200))]
            : random.pick(earlier);
          return target ? `/${target.section}/${target.slug}` : '';
        }).filter(Boolean);
  const body = generateArticleBody(random, { words: random.int(300, 1300), place, topics, linkTargets });
  const path = `articles/${date.slice(0, 4)}/${slug}.md`;
  return {
    article: { slug, section: section.slug, path, title: capitalise(title) },
    text: `---\n${lines.join('\n')}\n---\n\n${body}`,
  };
}

// Sections in order of weight, each repeated by its weight, so a flat pick follows the newsroom's mix.
const weightedSections = SECTIONS.flatMap((s) => Array.from({ length: s.weight }, () => s));

// Two to five tags: the story's topics, its town, then the archive-wide tags, where a few are very common.
function pickTags(random: SeededRandom, topics: readonly string[], place: string): string[] {
  const count = random.int(2, 5);
  const tags = new Map<string, string>();
  while (tags.size < count) {
    const roll = random.next();
    const tag = roll < 0.35 ? random.pickZipf(topics) : roll < 0.5 ? place : random.pickZipf(TAGS);
    tags.set(slugify(tag), tag);
  }
  return [...tags.values()];
}

function configFiles(): GeneratedFile[] {
  const site = [
    'name: The Northern Ledger',
    'description: A generated archive for measuring the site at scale.',
    'url: http://localhost:3000',
    'language: en-GB',
    'timeZone: Europe/London',
    'logo: /logo.png',
  ];
  const sections = SECTIONS.map(
    (s, i) =>
      `- slug: ${s.slug}\n  name: ${quote(s.name)}\n  description: ${quote(s.description)}\n  order: ${i + 1}`,
  );
  const about = [
    '---',
    'title: About The Northern Ledger',
    'description: Who we are and how we report.',
    '---',
    '',
    'A generated archive used by `npm run bench`.',
    '',
  ];
  return [
    { path: 'site.yaml', text: `${site.join('\n')}\n` },
    { path: 'sections.yaml', text: `${sections.join('\n')}\n` },
    { path: 'pages/about.md', text: about.join('\n') },
  ];
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
function quote(text: string): string {
  return JSON.stringify(text);
}

/**
 * `2024-03-14T09:30` from epoch milliseconds, read as the site's wall-clock time. A time in the hour
 * London's clocks skip (01:00–01:59 on the last Sunday of March) does not exist there, and would be
 * read as an hour later, after the stories written just after it, which may already link to it
 * (a million stories are minutes apart): it is written as 02:00, when the clocks resume.
 */
export function formatSiteTime(ms: number): string {
  const at = new Date(ms);
  const skipped =
    at.getUTCMonth() === 2 && at.getUTCDate() >= 25 && at.getUTCDay() === 0 && at.getUTCHours() === 1;
  return skipped ? `${at.toISOString().slice(0, 11)}02:00` : at.toISOString().slice(0, 16);
}
