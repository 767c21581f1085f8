import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { imageSize } from 'image-size';
import type { ParsedArticle } from './article';
import type { ContentProblem } from './problem';
import { DISCOVER_IMAGE_WIDTH } from './find-content-warnings';

const SUPPORTED = new Set(['jpg', 'png', 'webp', 'avif', 'gif']);
/**
 * A lead image is shown across the page and cropped for search and social cards (1,200 px wide):
 * under this width it is blurred everywhere, so it stops the build, where under 1,200 px it warns.
 */
export const MIN_LEAD_WIDTH = 600;

/**
 * Reads each lead and body image's intrinsic size from `publicDir`, reporting missing or unreadable files
 * and formats next/image cannot serve.
 */
export async function measureImages(
  articles: readonly ParsedArticle[],
  publicDir: string,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  const sizes = new Map<
    string,
    Promise<{ width: number; height: number; type?: string; bytes: number } | undefined>
  >();
  const measure = (src: string) => {
    let size = sizes.get(src);
    if (!size) {
      size = readFile(path.join(publicDir, src))
        .then(
          (bytes) => ({ ...imageSize(bytes), bytes: bytes.length }),
          () => undefined,
        )
        .catch(() => undefined);
      sizes.set(src, size);
    }
    return size;
  };
  await Promise.all(
    articles.flatMap(({ article }) =>
      article.bodyImages.map(async (image) => {
        const size = await measure(image.src);
        const wrong = explainImageFile(image.src, size);
        if (wrong) problems.push({ file: article.file, field: 'body', line: image.line, ...wrong });
        else if (size) Object.assign(image, { width: size.width, height: size.height });
      }),
    ),
  );
  await Promise.all(
    articles.map(async ({ article }) => {
      const image = article.image;
      if (!image) return;
      const size = await measure(image.src);
      if (!size) {
        problems.push({
          file: article.file,
          field: 'image',
          code: 'missing-image',
          message: `expected an image file at public${image.src}, found none (or not a readable image)`,
        });
      } else if (!SUPPORTED.has(size.type ?? '')) {
        problems.push({
          file: article.file,
          field: 'image',
          code: 'unsupported-image',
          message: `expected a JPEG, PNG, WebP, AVIF or GIF image, found ${size.type ?? 'an unknown format'}`,
        });
      } else if (size.width < MIN_LEAD_WIDTH) {
        problems.push({
          file: article.file,
          field: 'image',
          code: 'image-too-small',
          message: `expected a lead image at least ${MIN_LEAD_WIDTH} px wide (${DISCOVER_IMAGE_WIDTH} px for Google Discover), found ${image.src} at ${size.width}×${size.height} px`,
        });
      } else {
        image.width = size.width;
        image.height = size.height;
        image.bytes = size.bytes;
      }
    }),
  );
  return problems;
}

/**
 * What is wrong with an image file as measured (undefined: missing or unreadable), or undefined when
 * next/image can serve it.
 */
export function explainImageFile(
  src: string,
  size: { type?: string } | undefined,
): Pick<ContentProblem, 'code' | 'message'> | undefined {
  if (!size)
    return {
      code: 'missing-image',
      message: `expected an image file at public${src}, found none (or not a readable image)`,
    };
  if (!SUPPORTED.has(size.type ?? ''))
    return {
      code: 'unsupported-image',
      message: `expected a JPEG, PNG, WebP, AVIF or GIF image, found ${size.type ?? 'an unknown format'}`,
    };
  return undefined;
}

/** Reports author avatars whose file is missing or not an image next/image can serve. */
export async function checkAvatars(
  authors: readonly { id: string; avatar?: string }[],
  authorFiles: readonly string[],
  publicDir: string,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  await Promise.all(
    authors.map(async (author) => {
      if (!author.avatar) return;
      const file =
        authorFiles.find((f) => f.replace(/\.ya?ml$/, '').endsWith(`/${author.id}`)) ??
        `authors/${author.id}.yaml`;
      const size = await readImageSize(publicDir, author.avatar);
      if (!size)
        problems.push({
          file,
          field: 'avatar',
          code: 'missing-image',
          message: `expected an image file at public${author.avatar}, found none (or not a readable image)`,
        });
      else if (!SUPPORTED.has(size.type ?? ''))
        problems.push({
          file,
          field: 'avatar',
          code: 'unsupported-image',
          message: `expected a JPEG, PNG, WebP, AVIF or GIF image, found ${size.type ?? 'an unknown format'}`,
        });
    }),
  );
  return problems;
}

/**
 * Reads each series image's size into it (the series page lays it out before it arrives), reporting
 * a missing or unreadable file in content/series.yaml.
 */
export async function measureSeriesImages(
  series: readonly { id: string; image?: string; width?: number; height?: number }[],
  seriesFile: string,
  publicDir: string,
): Promise<ContentProblem[]> {
  const problems: ContentProblem[] = [];
  await Promise.all(
    series.map(async (one) => {
      if (!one.image) return;
      const size = await readImageSize(publicDir, one.image);
      const wrong = explainImageFile(one.image, size);
      if (wrong) problems.push({ file: seriesFile, field: `image (${one.id})`, ...wrong });
      else if (size) Object.assign(one, { width: size.width, height: size.height });
    }),
  );
  return problems;
}

/** An image file's size and type, or undefined when it is missing or not an image. */
function readImageSize(publicDir: string, src: string) {
  return readFile(path.join(publicDir, src))
    .then(
      (bytes) => imageSize(bytes),
      () => undefined,
    )
    .catch(() => undefined);
}
