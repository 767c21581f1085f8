import type { ElementContent } from 'hast';
import { isEmbeddable, linkParagraph } from './html-embeds';
import { element, isBlank, isElement, plainText, type Reporter, text } from './html-tree';
import type { Shortcode } from './wp-shortcode-syntax';

/** What a gallery's attachment id stands for, when the caller knows (a WordPress export's attachments). */
export interface Attachment {
  src: string;
  alt?: string;
  caption?: string;
}

/** What a shortcode's conversion needs: where to report, and how to find a gallery's images. */
export interface ShortcodeContext {
  reporter: Reporter;
  resolveAttachment?: (id: string) => Attachment | undefined;
  /** The body line the shortcode starts on. */
  line?: number;
  /** Shortcodes with no equivalent, by name: reported once each, with their first line and count. */
  unknown: Map<string, { tag: string; line?: number; count: number }>;
}

const MEDIA_ATTRIBUTES = ['src', 'mp4', 'm4v', 'webm', 'ogv', 'wmv', 'flv', 'mp3', 'm4a', 'ogg', 'wav', '0'];

/** What one shortcode becomes in the body's tree, given its content (already expanded) if it encloses any. */
export function handleShortcode(
  shortcode: Shortcode,
  content: ElementContent[] | undefined,
  context: ShortcodeContext,
): ElementContent[] {
  const { name, attributes } = shortcode;
  const { line } = context;
  switch (name) {
    case 'caption':
    case 'wp_caption':
      return [captionFigure(content ?? [], attributes.caption, line)];
    case 'gallery':
      return galleryFigures(shortcode, context);
    case 'embed':
      return urlParagraph(plainText(content ?? []) || attributes.src || attributes['0'], shortcode, context);
    case 'video':
    case 'audio':
      return mediaParagraph(shortcode, context);
    case 'youtube':
    case 'vimeo':
    case 'tweet':
    case 'twitter':
    case 'instagram':
      return urlParagraph(
        providerUrl(name, attributes.url ?? attributes.id ?? attributes['0']),
        shortcode,
        context,
      );
    case 'footnote':
    case 'efn_note':
    case 'ref':
      if (!content || content.every(isBlank)) {
        context.reporter.report(
          'fix',
          'unknown-shortcode',
          line,
          `expected the note's text after ${shortcode.tag}, found none; it was removed`,
        );
        return [];
      }
      return [element('x-footnote', {}, content, line)];
    default: {
      const seen = context.unknown.get(name);
      if (seen) seen.count++;
      else context.unknown.set(name, { tag: shortcode.tag, line, count: 1 });
      return content ?? [];
    }
  }
}

// The image (or linked image) stays; the rest of the content is the caption.
function captionFigure(content: ElementContent[], captionAttribute: string | undefined, line?: number) {
  const image = content.find((node) => isElement(node, 'img', 'a'));
  const rest = content.filter((node) => node !== image && !isBlank(node));
  const caption = captionAttribute ? [text(captionAttribute)] : rest;
  return element('figure', {}, [...(image ? [image] : []), element('figcaption', {}, caption)], line);
}

function galleryFigures({ attributes, tag }: Shortcode, context: ShortcodeContext): ElementContent[] {
  const { reporter, resolveAttachment, line } = context;
  const ids = (attributes.ids ?? attributes.include ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  if (ids.length === 0) {
    reporter.report(
      'fix',
      'gallery-unresolved',
      line,
      `expected a gallery listing its images (ids="…"), found ${tag}, which shows every image attached to the post; add those images by hand`,
    );
    return [];
  }
  return ids.flatMap((id) => {
    const attachment = resolveAttachment?.(id);
    if (!attachment) {
      reporter.report(
        'fix',
        'missing-image',
        line,
        `expected the gallery's image ${id} among the export's attachments, found no attachment with that id; add the picture by hand`,
      );
      return [];
    }
    const image = element('img', { src: attachment.src, alt: attachment.alt ?? '' }, [], line);
    const caption = attachment.caption ? [element('figcaption', {}, [text(attachment.caption)])] : [];
    return [element('figure', {}, [image, ...caption], line)];
  });
}

function urlParagraph(url: string | undefined, { tag }: Shortcode, { reporter, line }: ShortcodeContext) {
  if (url && /^https?:\/\//.test(url)) {
    if (!isEmbeddable(url))
      reporter.report(
        'note',
        'embed-linked',
        line,
        `expected a supported embed provider, found ${url}; it became a link`,
      );
    return [linkParagraph(url, undefined, line)];
  }
  reporter.report(
    'fix',
    'unknown-shortcode',
    line,
    `expected a web address in ${tag}, found none; it was removed`,
  );
  return [];
}

function mediaParagraph({ name, attributes, tag }: Shortcode, { reporter, line }: ShortcodeContext) {
  const url = MEDIA_ATTRIBUTES.map((key) => attributes[key]).find(
    (value) => value && /^https?:\/\//.test(value),
  );
  if (!url) {
    reporter.report(
      'fix',
      'unknown-shortcode',
      line,
      `expected a file address in ${tag}, found none; it was removed`,
    );
    return [];
  }
  if (isEmbeddable(url)) return [linkParagraph(url, undefined, line)];
  reporter.report(
    'fix',
    'unsupported-media',
    line,
    `expected ${name === 'audio' ? 'an audio file' : 'a video'} from a supported embed provider (YouTube, Vimeo…), found ${url}; it became a link to the old site, which stops working when that site does: upload it to a provider and paste its address`,
  );
  const file = decodeURIComponent(url.split(/[?#]/)[0]?.split('/').pop() ?? url);
  return [linkParagraph(url, `${name === 'video' ? 'Video' : 'Audio'}: ${file}`, line)];
}

function providerUrl(name: string, value: string | undefined): string | undefined {
  if (!value) return undefined;
  if (/^https?:\/\//.test(value)) return value;
  if (!/^[\w-]+$/.test(value)) return undefined;
  if (name === 'youtube') return `https://www.youtube.com/watch?v=${value}`;
  if (name === 'vimeo') return `https://vimeo.com/${value}`;
  if (name === 'tweet' || name === 'twitter') return `https://twitter.com/i/status/${value}`;
  if (name === 'instagram') return `https://www.instagram.com/p/${value}/`;
  return undefined;
}
