import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { imageSize } from 'image-size';
import { judgeImagePath } from '../content/image-path';
import type { FileWriter } from './file-writer';

/** Where an image of the old site now is on this one, or why it is not. */
export type ResolvedImage =
  | { ok: true; src: string; width?: number }
  | {
      ok: false;
      code: 'missing-image' | 'unsupported-image' | 'unreadable-image' | 'image-not-copied';
      message: string;
    };

export interface ImageCopier {
  /**
   * Copies the file an old `src` refers to into public/images/ (once) and returns its new path: from
   * the uploads folder, or, for a path relative to the story, from its `assets` (a page bundle's
   * files), into `/images/<year>/<folder>/`.
   */
  resolve: (
    src: string,
    year: string,
    bundle?: { assets: readonly string[]; folder: string },
  ) => ResolvedImage;
  /** Files copied (or, in a dry run, that would be). */
  copied: () => number;
}

const SIZE_VARIANT = /-\d+x\d+(?=\.[a-z0-9]+$)/i;

/**
 * Copies referenced images from a copy of the old site's uploads folder (`wp-content/uploads`, or a
 * static site's folder) into `public/images/<year>/…`: a `-300x200` size variant becomes its original
 * when the original is there, so srcset sizes collapse to one file the site resizes itself. Without an
 * uploads folder, or for a file not in it, it says so: the site never loads images from another host.
 */
export function createImageCopier(options: {
  uploadsDir?: string | readonly string[];
  publicDir: string;
  writer: FileWriter;
}): ImageCopier {
  const { publicDir, writer } = options;
  // A static site's images may sit in any of its asset folders (Hugo's static/, Astro's public/, Jekyll's root).
  const uploadsDirs =
    options.uploadsDir === undefined
      ? []
      : typeof options.uploadsDir === 'string'
        ? [options.uploadsDir]
        : options.uploadsDir;
  const done = new Map<string, ResolvedImage>();
  let copied = 0;
  const resolve: ImageCopier['resolve'] = (src, year, bundle) => {
    const relative = !/^(?:[a-z]+:|\/)/i.test(src);
    const key = relative && bundle ? `${bundle.folder}:${src}` : src;
    const known = done.get(key);
    if (known) return known;
    const result = relative && bundle ? fromBundle(src, year, bundle) : locate(src, year);
    done.set(key, result);
    return result;
  };
  const copy = (found: string, target: string, src: string): ResolvedImage => {
    if (judgeImagePath(target) !== 'local')
      return {
        ok: false,
        code: 'unsupported-image',
        message: `${src} is not a JPEG, PNG, WebP, AVIF or GIF; save it in one of those formats under public/images/ and point the story at it`,
      };
    const destination = path.join(publicDir, target);
    const bytes = readFileSync(found);
    const width = widthOf(bytes);
    if (width === undefined)
      return {
        ok: false,
        code: 'unreadable-image',
        message: `${src} is not a readable image (a damaged or placeholder file); replace it under public/images/ and point the story at it`,
      };
    if (!existsSync(destination) || statSync(destination).size !== bytes.length) {
      writer.writeFile(destination, bytes);
      copied++;
    }
    return { ok: true, src: target, width };
  };
  const fromBundle = (
    src: string,
    year: string,
    bundle: { assets: readonly string[]; folder: string },
  ): ResolvedImage => {
    const wanted = safeDecode(src.split(/[?#]/)[0] ?? '').replace(/^\.\//, '');
    const found =
      bundle.assets.find((a) => a.split(path.sep).join('/').endsWith(`/${wanted}`)) ??
      bundle.assets.find((a) => path.basename(a) === path.basename(wanted));
    if (!found)
      return {
        ok: false,
        code: 'missing-image',
        message: `${src} is not among the story's files; copy it into public/images/ and point the story at it`,
      };
    return copy(found, `/images/${year}/${safeName(bundle.folder)}/${safeName(path.basename(found))}`, src);
  };
  const locate = (src: string, year: string): ResolvedImage => {
    // A static site's image already at its place in this site's public/ stays where it is.
    if (
      src.startsWith('/') &&
      !src.startsWith('//') &&
      judgeImagePath(src) === 'local' &&
      existsSync(path.join(publicDir, src))
    )
      return { ok: true, src, width: widthOf(readFileSync(path.join(publicDir, src))) };
    if (uploadsDirs.length === 0)
      return {
        ok: false,
        code: 'image-not-copied',
        message: `not copied: ${src}; run the import again with --uploads <a copy of the old site's wp-content/uploads>`,
      };
    const relative = uploadsPath(src);
    const candidates = [relative.replace(SIZE_VARIANT, ''), relative];
    const found = uploadsDirs
      .flatMap((dir) => candidates.map((c) => path.join(dir, c)))
      .find((file) => existsSync(file) && statSync(file).isFile());
    if (!found)
      return {
        ok: false,
        code: 'missing-image',
        message: `${src} is not in the uploads folder (looked for ${candidates[0]}); copy it there and run the import again, or remove it from the story`,
      };
    const root = uploadsDirs.find((dir) => found.startsWith(dir + path.sep)) ?? path.dirname(found);
    const inUploads = path.relative(root, found).split(path.sep).map(safeName).join('/');
    return copy(found, `/images/${/^\d{4}\//.test(inUploads) ? '' : `${year}/`}${inUploads}`, src);
  };
  return { resolve, copied: () => copied };
}

function widthOf(bytes: Uint8Array): number | undefined {
  try {
    return imageSize(bytes).width;
  } catch {
    return undefined;
  }
}

// The path inside the uploads folder: after `/wp-content/uploads/` (or `/uploads/`), else the URL's path.
function uploadsPath(src: string): string {
  let pathname = src;
  try {
    pathname = new URL(src, 'https://old.invalid').pathname;
  } catch {
    pathname = src;
  }
  pathname = safeDecode(pathname);
  const at = pathname.search(/\/(?:wp-content\/)?uploads\//);
  const rest = at === -1 ? pathname : pathname.slice(pathname.indexOf('uploads/', at) + 'uploads/'.length);
  return rest
    .replace(/^\/+/, '')
    .split('/')
    .filter((s) => s && s !== '..')
    .join('/');
}

// public/ paths the site accepts are ASCII word characters, dots and hyphens (image-path.ts).
function safeName(segment: string): string {
  return (
    segment
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+(?=\.)/g, '') || 'image'
  );
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
