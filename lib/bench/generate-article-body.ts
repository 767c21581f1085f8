import type { SeededRandom } from './seeded-random';
import { ADJECTIVES, IMAGES, OUTCOMES, PLACES, QUALIFIERS, SOURCES, VERBS } from './word-bank';

export interface BodyPlan {
  /** Words of prose to write, 300 to 1,500. */
  words: number;
  place: string;
  topics: readonly string[];
  /** `/section/slug` paths of earlier articles this one may link to. */
  linkTargets: readonly string[];
}

/**
 * Writes a Markdown article body with the shapes real copy has: a standfirst paragraph, `##` sections,
 * bullet and numbered lists, a quote, internal and external links, and now and then a table, a code
 * block or an inline image.
 */
export function generateArticleBody(random: SeededRandom, plan: BodyPlan): string {
  const blocks: string[] = [];
  const links = [...plan.linkTargets];
  let written = 0;
  const paragraph = () => {
    const { text, words } = writeParagraph(random, plan, links);
    written += words;
    blocks.push(text);
  };
  paragraph();
  paragraph();
  const extras = [list, table, code, image, quote].filter((_, i) =>
    random.chance([0.7, 0.3, 0.1, 0.1, 0.5][i] ?? 0),
  );
  while (written < plan.words) {
    blocks.push(
      `## ${capitalise(`${random.pick(ADJECTIVES)} ${random.pick(plan.topics)} ${random.pick(['plans', 'questions', 'costs', 'timetable', 'reaction', 'next steps'])}`)}`,
    );
    const paragraphs = random.int(1, 3);
    for (let i = 0; i < paragraphs && written < plan.words; i++) paragraph();
    const extra = extras.shift();
    if (extra) blocks.push(extra(random, plan));
  }
  return `${blocks.join('\n\n')}\n`;
}

function writeParagraph(
  random: SeededRandom,
  plan: BodyPlan,
  links: string[],
): { text: string; words: number } {
  const sentences: string[] = [];
  const count = random.int(2, 5);
  for (let i = 0; i < count; i++) sentences.push(writeSentence(random, plan, links));
  const text = sentences.join(' ');
  return { text, words: text.split(/\s+/).length };
}

function writeSentence(random: SeededRandom, plan: BodyPlan, links: string[]): string {
  const topic = random.pick(plan.topics);
  const place = random.chance(0.6) ? plan.place : random.pick(PLACES);
  const sentence = random.pick([
    () =>
      `The council ${random.pick(VERBS)} the ${random.pick(ADJECTIVES)} ${topic} plan in ${place} ${random.pick(QUALIFIERS)}.`,
    () => `${capitalise(random.pick(SOURCES))} said the ${topic} ${random.pick(OUTCOMES)}.`,
    () =>
      `According to figures seen by this paper, spending on ${topic} in ${place} rose by ${random.int(2, 40)} per cent over ${random.int(2, 9)} years.`,
    () =>
      `"We have waited ${random.int(2, 15)} years for this," said one of the ${random.pick(SOURCES)} at a meeting in ${place}.`,
    () =>
      `Critics argue that the ${random.pick(ADJECTIVES)} ${topic} ${random.pick(OUTCOMES)}, while supporters point to ${random.pick(['the evidence', 'the numbers', 'other towns', 'the last decade'])}.`,
  ])();
  const target = links.length > 0 && random.chance(0.12) ? links.shift() : undefined;
  if (target) return `${sentence} [Earlier coverage](${target}) set out the background.`;
  if (random.chance(0.04))
    return `${sentence} The [full report](https://example.org/reports/${random.int(1000, 9999)}) is public.`;
  return sentence;
}

function list(random: SeededRandom, plan: BodyPlan): string {
  const ordered = random.chance(0.3);
  const items = Array.from(
    { length: random.int(3, 6) },
    (_, i) =>
      `${ordered ? `${i + 1}.` : '-'} ${capitalise(random.pick(ADJECTIVES))} ${random.pick(plan.topics)} in ${random.pick(PLACES)}`,
  );
  return items.join('\n');
}

function table(random: SeededRandom, plan: BodyPlan): string {
  const rows = Array.from(
    { length: random.int(3, 6) },
    () => `| ${random.pick(PLACES)} | ${random.int(10, 900)} | ${random.int(-20, 40)}% |`,
  );
  return [
    `| Area | ${capitalise(random.pick(plan.topics))} (£m) | Change |`,
    '| --- | ---: | ---: |',
    ...rows,
  ].join('\n');
}

function code(random: SeededRandom): string {
  return [
    '```csv',
    'year,spending,change',
    ...Array.from(
      { length: random.int(2, 5) },
      (_, i) => `${2015 + i},${random.int(100, 900)},${random.int(-9, 20)}`,
    ),
    '```',
  ].join('\n');
}

function image(random: SeededRandom): string {
  const { src, alt } = random.pick(IMAGES);
  return `![${alt}](${src})`;
}

function quote(random: SeededRandom, plan: BodyPlan): string {
  return `> "The ${random.pick(plan.topics)} ${random.pick(OUTCOMES)}," said a spokesperson.`;
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
