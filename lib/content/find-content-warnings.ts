import type { ParsedArticle } from './article';
import { findTagTypos } from './find-tag-typos';
import type { ContentProblem } from './problem';

/** Google shows about this many characters of a description in a result snippet. */
export const SNIPPET_SUMMARY_LENGTH = 160;
/** Google's limit for a news article's headline. */
export const HEADLINE_LENGTH = 110;
/** The widest rendition the site serves: the last of `images.deviceSizes` in next.config.mjs. */
export const LARGEST_SERVED_WIDTH = 1600;
/** Twice the widest rendition covers high-density screens; anything wider is never shown. */
export const MAX_USEFUL_IMAGE_WIDTH = 2 * LARGEST_SERVED_WIDTH;
export const MAX_IMAGE_BYTES = 1_000_000;
/** Google Discover shows a story as a large card only with an image at least this wide. */
export const DISCOVER_IMAGE_WIDTH = 1200;

/**
 * Finds likely mistakes that do not stop the build: a long title or summary, an oversized lead image,
 * no tags, and a tag that looks like a typo of a more used one. Expects lead images already measured.
 */
export function findContentWarnings(articles: readonly ParsedArticle[]): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  for (const parsed of articles) warnings.push(...warnAboutArticle(parsed));
  warnings.push(...warnAboutTagTypos(articles));
  return warnings;
}

function warnAboutArticle({ article, fieldLines }: ParsedArticle): ContentProblem[] {
  const warnings: ContentProblem[] = [];
  const warn = (field: string, code: ContentProblem['code'], message: string) =>
    warnings.push({ file: article.file, line: fieldLines?.get(field), field, code, message });

  const titleLength = countCharacters(article.title);
  if (titleLength > HEADLINE_LENGTH) {
    warn(
      'title',
      'title-too-long',
      `title is ${titleLength} characters; search engines show about ${HEADLINE_LENGTH}, so shorten it`,
    );
  }
  // A summary taken from the first paragraph is the site's choice, not the editor's: warn only about a written one.
  const summaryLength = countCharacters(article.summary);
  if (fieldLines?.has('summary') && summaryLength > SNIPPET_SUMMARY_LENGTH) {
    warn(
      'summary',
      'summary-too-long',
      `summary is ${summaryLength} characters; search results show about ${SNIPPET_SUMMARY_LENGTH}, so the end is cut off`,
    );
  }
  const image = article.image;
  if (image?.width && image.width > MAX_USEFUL_IMAGE_WIDTH) {
    warn(
      'image',
      'image-too-wide',
      `image is ${image.width} px wide; the site serves at most ${LARGEST_SERVED_WIDTH} px, so ${MAX_USEFUL_IMAGE_WIDTH} px is enough (resize ${image.src})`,
    );
  }
  if (image?.width && image.width < DISCOVER_IMAGE_WIDTH) {
    warn(
      'image',
      'image-too-narrow',
      `image ${image.src} is ${image.width} px wide; Google Discover shows large cards only for images at least ${DISCOVER_IMAGE_WIDTH} px wide, so use a larger original`,
    );
  }
  if (image?.bytes && image.bytes > MAX_IMAGE_BYTES) {
    warn(
      'image',
      'image-too-heavy',
      `image file is ${formatMegabytes(image.bytes)}; expected at most ${formatMegabytes(MAX_IMAGE_BYTES)} (save ${image.src} smaller or as JPEG or WebP)`,
    );
  }
  if (article.tags.length === 0) {
    warn(
      'tags',
      'no-tags',
      'expected at least one tag, found none; tags link the story to tag pages and related stories',
    );
  }
  return warnings;
}

function warnAboutTagTypos(articles: readonly ParsedArticle[]): ContentProblem[] {
  const counts = new Map<string, number>();
  const users = new Map<string, ParsedArticle>();
  for (const parsed of articles) {
    for (const { slug } of parsed.article.tags) {
      counts.set(slug, (counts.get(slug) ?? 0) + 1);
      users.set(slug, parsed);
    }
  }
  return findTagTypos(counts).flatMap(({ tag, likely, likelyCount }): ContentProblem[] => {
    const user = users.get(tag);
    if (!user) return [];
    const name = user.article.tags.find((t) => t.slug === tag)?.name ?? tag;
    return [
      {
        file: user.article.file,
        line: user.fieldLines?.get('tags'),
        field: 'tags',
        code: 'tag-typo',
        message: `tag "${name}" is used by no other article and looks like a typo of "${likely}" (used by ${likelyCount}); expected "${likely}" unless this is a new tag`,
      },
    ];
  });
}

// Code points, not UTF-16 units, so an emoji counts once, as a reader sees it.
function countCharacters(text: string): number {
  return [...text].length;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
}
