import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { ArticleType } from './front-matter-schema';

export interface NewArticleFields {
  title: string;
  section: string;
  authors: readonly string[];
  tags: readonly string[];
  /** The moment the article is started; written as wall-clock time in `timeZone`. */
  now: Date;
  timeZone: string;
  /** What the story is (news unless given); `live`: a live blog, live from the start. */
  type?: ArticleType;
}

/**
 * Writes the Markdown file of a new draft: front matter the schema accepts, a commented hint for the
 * optional summary, and a placeholder paragraph. The headline is a JSON string, which YAML reads as a
 * double-quoted scalar, so quotes, colons and `#` in it stay text.
 * @example formatNewArticle({ title: 'Tram line opens', section: 'news', authors: ['ada'], tags: [], now, timeZone: 'Europe/London' })
 */
export function formatNewArticle(fields: NewArticleFields): string {
  const [onlyAuthor] = fields.authors;
  const author = fields.authors.length === 1 && onlyAuthor ? yamlText(onlyAuthor) : yamlList(fields.authors);
  return [
    '---',
    `title: ${JSON.stringify(fields.title)}`,
    `date: ${formatDraftDate(fields.now, fields.timeZone)}`,
    `author: ${author}`,
    `section: ${yamlText(fields.section)}`,
    `tags: ${yamlList(fields.tags)}`,
    '# summary: "One or two sentences for lists, feeds and search results, up to 160 characters."',
    ...typeLines(fields.type),
    'draft: true',
    '---',
    '',
    fields.type === 'live'
      ? 'Write what the story is about here; add updates with `npm run live -- <slug>`. Until you add a summary above, this first paragraph is the summary.'
      : 'Write the story here. Until you add a summary above, this first paragraph is the summary.',
    '',
  ].join('\n');
}

// A sponsored story cannot be checked until it names its sponsor, so the hint stays a comment to fill in.
function typeLines(type: ArticleType = 'news'): string[] {
  if (type === 'news') return [];
  if (type === 'live') return ['type: live', 'live:', '  status: live'];
  if (type === 'sponsored') return ['type: sponsored', '# sponsor: "Who paid for this story (required)"'];
  if (type === 'review') return ['type: review', '# reviewed: { name: "What is reviewed", type: Book }'];
  return [`type: ${type}`];
}

// Plain words stay plain, as editors write them; anything YAML could read as another type or as syntax
// (true, null, 2026, "a: b") is quoted.
function yamlText(value: string): string {
  return /^[a-z][\w-]*$/i.test(value) && !/^(?:true|false|null)$/i.test(value)
    ? value
    : JSON.stringify(value);
}

function yamlList(values: readonly string[]): string {
  return `[${values.map(yamlText).join(', ')}]`;
}

/**
 * The site's wall-clock time, to the minute, as front matter writes it. The time keeps today's stories
 * in the order they were started; a bare date would put this one below every story timed earlier today.
 * @example formatDraftDate(new Date('2026-06-30T23:30:00Z'), 'Europe/London') // "2026-07-01T00:30"
 */
export function formatDraftDate(now: Date, timeZone: string): string {
  return format(new TZDate(now, timeZone), "yyyy-MM-dd'T'HH:mm");
}
