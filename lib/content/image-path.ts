/** Formats next/image serves, by file extension. */
export const SUPPORTED_IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'];

export type ImagePathVerdict = 'local' | 'remote' | 'unsupported' | 'invalid';

/**
 * What an image path an editor wrote is: a supported file under public/ (`/images/x.jpg`), an image on
 * another host (the site never loads one), a local file in a format next/image cannot serve (SVG,
 * TIFF…), or not an image path at all (`data:` and `javascript:` URLs, `..`).
 * @example judgeImagePath('/images/chart.svg') // "unsupported"
 */
export function judgeImagePath(src: string): ImagePathVerdict {
  if (/^(?:https?:)?\/\//i.test(src)) return 'remote';
  if (!/^\/[\w\-./]+$/.test(src) || src.split('/').includes('..')) return 'invalid';
  const extension = /\.([a-z0-9]+)$/i.exec(src)?.[1]?.toLowerCase();
  return extension && SUPPORTED_IMAGE_EXTENSIONS.includes(extension) ? 'local' : 'unsupported';
}

/** The problem with an image path, in words, or undefined for a supported local file. */
export function explainImagePath(
  src: string,
  found: string,
): { code: 'remote-image' | 'unsupported-image' | 'invalid-field'; message: string } | undefined {
  switch (judgeImagePath(src)) {
    case 'local':
      return undefined;
    case 'remote':
      return {
        code: 'remote-image',
        message: `expected an image saved under public/ (the site never loads images from another host), found ${found}; download it into public/images/ and write /images/<file>`,
      };
    case 'unsupported':
      return {
        code: 'unsupported-image',
        message: `expected a JPEG, PNG, WebP, AVIF or GIF image, found ${found}; save it in one of those formats`,
      };
    default:
      return {
        code: 'invalid-field',
        message: `expected an image path under public/ such as /images/photo.jpg, found ${found}`,
      };
  }
}
