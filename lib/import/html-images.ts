import type { Element, ElementContent, Root } from 'hast';
import { candidatesOf, IMAGE_FILE, originalImageUrl } from './html-image-sources';
import {
  classesOf,
  element,
  isBlank,
  isElement,
  lineOf,
  plainText,
  type Reporter,
  stringProperty,
  text,
} from './html-tree';

/** What converting images needs, and where it records what it found. */
export interface ImageContext {
  reporter: Reporter;
  resolveImage?: (src: string) => string | undefined;
  /** Every image URL referenced, in order of first appearance. */
  images: Set<string>;
}

/**
 * Replaces each image by one on this site (through `resolveImage`), a figure with its caption when
 * the source had one (`[caption]`, Gutenberg's image block, `.wp-caption`), or, when the picture is
 * not available locally, by its caption or alt text and a `missing-image` problem: the site never
 * loads images from another host. A link around an image that only points at a bigger copy of it
 * is dropped.
 */
export function convertImages(tree: Root | Element, context: ImageContext): void {
  tree.children = tree.children.flatMap((child): ElementContent[] => {
    if (!isElement(child)) return [child as ElementContent];
    const figure = figureParts(child);
    if (figure) {
      if (figure.linkInCaption)
        context.reporter.report(
          'note',
          'caption-link-dropped',
          lineOf(child),
          `the caption "${figure.caption}" had a link, which a caption on this site cannot hold; its text was kept`,
        );
      const nodes = imageNodes(figure.image, figure.caption, context, figure.href);
      return nodes.length ? [element('p', {}, nodes, lineOf(child))] : [];
    }
    const wrapped = linkedImage(child);
    if (wrapped) return imageNodes(wrapped.image, undefined, context, wrapped.href);
    if (child.tagName === 'img') return imageNodes(child, undefined, context);
    if (child.tagName === 'a') linkToLocalImage(child, context);
    convertImages(child, context);
    if (isFigure(child)) return [{ ...child, tagName: 'div' }];
    // Gutenberg's older galleries list their figures: the pictures, not a bulleted list of them.
    if (isImageList(child)) return child.children.flatMap((item) => (isElement(item) ? item.children : []));
    if (child.tagName === 'figcaption' || classesOf(child).includes('wp-caption-text'))
      return [{ ...child, tagName: 'p' }];
    return [child];
  }) as typeof tree.children;
}

// A text link to a picture ("see the full map") points at the local copy once there is one.
function linkToLocalImage(link: Element, { resolveImage, images }: ImageContext) {
  const href = imageHref(link);
  if (!href) return;
  images.add(originalImageUrl(href));
  images.add(href);
  const local = resolveImage?.(originalImageUrl(href)) ?? resolveImage?.(href);
  if (local) link.properties.href = local;
}

function isImageList(node: Element): boolean {
  const items = node.children.filter((c) => !isBlank(c));
  return (
    isElement(node, 'ul', 'ol') &&
    items.length > 0 &&
    items.every((item) => {
      const content = isElement(item, 'li') ? item.children.filter((c) => !isBlank(c)) : [];
      return (
        content.length === 1 &&
        isElement(content[0], 'p') &&
        content[0].children.every((c) => isElement(c, 'img'))
      );
    })
  );
}

function isFigure(node: Element): boolean {
  const classes = classesOf(node);
  return node.tagName === 'figure' || classes.includes('wp-caption') || classes.includes('wp-block-image');
}

// A figure of one image (perhaps linked to its full size) and its caption.
function figureParts(node: Element) {
  if (!isFigure(node)) return undefined;
  const images: Element[] = [];
  let captionNode: Element | undefined;
  const find = (parent: Element) => {
    for (const child of parent.children) {
      if (!isElement(child)) continue;
      if (child.tagName === 'img') images.push(child);
      else if (child.tagName === 'figcaption' || classesOf(child).includes('wp-caption-text'))
        captionNode ??= child;
      else find(child);
    }
  };
  find(node);
  const [image] = images;
  if (images.length !== 1 || !image) return undefined;
  const link = node.children.find((c) => isElement(c, 'a'));
  const caption = captionNode ? plainText([captionNode]) : undefined;
  return {
    image,
    caption: caption || undefined,
    linkInCaption: captionNode !== undefined && hasLink(captionNode),
    href: isElement(link) ? imageHref(link) : undefined,
  };
}

function hasLink(node: Element): boolean {
  return node.children.some((child) => isElement(child) && (child.tagName === 'a' || hasLink(child)));
}

function linkedImage(node: Element) {
  if (node.tagName !== 'a') return undefined;
  const content = node.children.filter((c) => !isBlank(c));
  const [image] = content;
  if (content.length !== 1 || !isElement(image, 'img')) return undefined;
  const href = imageHref(node);
  const attachmentPage = /[?&]attachment_id=|\/attachment\//.test(stringProperty(node, 'href') ?? '');
  return href || attachmentPage ? { image, href } : undefined;
}

function imageHref(link: Element): string | undefined {
  const href = stringProperty(link, 'href');
  return href && IMAGE_FILE.test(href.split(/[?#]/)[0] ?? '') ? href : undefined;
}

function imageNodes(
  image: Element,
  caption: string | undefined,
  context: ImageContext,
  href?: string,
): ElementContent[] {
  const { reporter, resolveImage, images } = context;
  const candidates = candidatesOf(image, href);
  const [primary] = candidates;
  const alt = stringProperty(image, 'alt') ?? '';
  const line = lineOf(image);
  if (primary) {
    images.add(originalImageUrl(primary));
    images.add(primary);
  }
  const attempts = [...new Set(candidates.flatMap((src) => [originalImageUrl(src), src]))];
  const local = resolveImage && attempts.map((src) => resolveImage(src)).find((found) => found !== undefined);
  if (local) {
    if (!alt)
      reporter.report(
        'fix',
        'missing-image-alt',
        line,
        `expected alt text for the image ${primary}, found none; write what the picture shows`,
      );
    return [element('img', { src: local, alt, ...(caption && { title: caption }) }, [], line)];
  }
  const kept = caption || alt;
  reporter.report(
    'fix',
    'missing-image',
    line,
    `expected the image ${primary ?? '(no address)'} to be available on this site, found no local copy; the picture was left out` +
      (kept ? ` and its ${caption ? 'caption' : 'description'} kept as text` : '') +
      ': download it into public/images/ and add it back',
  );
  return kept ? [text(kept, line)] : [];
}
