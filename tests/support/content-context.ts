import type { ArticleContext } from '@/lib/content/parse-article';

/** The authors and sections most article tests assume. */
export const context: ArticleContext = {
  timeZone: 'Europe/London',
  authorIds: new Set(['ada', 'ben']),
  sectionSlugs: new Set(['news', 'business']),
};

/** Builds an article file from front-matter lines and a body. */
export function articleText(
  frontMatter: string[],
  body = 'First paragraph of the story.\n\nSecond paragraph.',
): string {
  return ['---', ...frontMatter, '---', body].join('\n');
}

export const validFrontMatter = [
  'title: A headline',
  'date: 2026-11-18T09:30',
  'author: ada',
  'section: news',
];
