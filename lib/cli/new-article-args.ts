import { ARTICLE_TYPES, type ArticleType } from '../content/front-matter-schema';
import { parseCommandArgs } from './parse-command-args';
import type { CompleteRequest } from './plan-new-article';

/** What an editor asked `npm run new` for; anything not given is undefined. */
export interface NewArticleRequest {
  title?: string;
  section?: string;
  /** One id, or several for a shared byline. */
  authors?: string[];
  slug?: string;
  tags: string[];
  /** `live` starts a live story (its updates then come from `npm run live`). */
  type?: ArticleType;
}

export type ArgsResult =
  { ok: true; value: NewArticleRequest; help: boolean } | { ok: false; message: string };

export const NEW_ARTICLE_USAGE =
  'Usage: npm run new -- "Headline" --section <section> --author <id> [--slug <slug>] [--tags a,b] [--type <type>]';

/**
 * Reads `npm run new` arguments: the headline as positional words, then flags. Lists are comma-separated.
 * @example parseNewArticleArgs(['Tram line opens', '--section', 'news', '--author', 'ada,ben']).value.authors // ['ada', 'ben']
 */
export function parseNewArticleArgs(argv: readonly string[]): ArgsResult {
  const parsed = parseCommandArgs(
    argv,
    {
      section: { type: 'string' },
      author: { type: 'string' },
      slug: { type: 'string' },
      tags: { type: 'string' },
      type: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    NEW_ARTICLE_USAGE,
  );
  if (!parsed.ok) return parsed;
  const { values, positionals } = parsed;
  const type = values.type?.trim();
  if (type !== undefined && !(ARTICLE_TYPES as readonly string[]).includes(type))
    return {
      ok: false,
      message: `expected --type to be one of ${ARTICLE_TYPES.join(', ')}, found "${type}"\n${NEW_ARTICLE_USAGE}`,
    };
  const title = positionals.join(' ').trim();
  const authors = splitList(values.author);
  return {
    ok: true,
    help: values.help ?? false,
    value: {
      title: title || undefined,
      section: values.section?.trim() || undefined,
      authors: authors.length > 0 ? authors : undefined,
      slug: values.slug?.trim() || undefined,
      tags: splitList(values.tags),
      ...(type && { type: type as ArticleType }), // checked against ARTICLE_TYPES above
    },
  };
}

/** Splits `a, b,,c` into `['a', 'b', 'c']`. */
export function splitList(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

/** The request when it names a headline, a section and an author; otherwise undefined. */
export function completeRequest(request: NewArticleRequest): CompleteRequest | undefined {
  const { title, section, authors } = request;
  return title && section && authors ? { ...request, title, section, authors } : undefined;
}

/** The flags a script must still pass, named as the editor types them. */
export function findMissingFlags(request: NewArticleRequest): string[] {
  return [
    request.title ? undefined : '"Headline"',
    request.section ? undefined : '--section',
    request.authors ? undefined : '--author',
  ].filter((flag) => flag !== undefined);
}
