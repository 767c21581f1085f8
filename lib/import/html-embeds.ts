import type { Element, ElementContent, Root } from 'hast';
import { parseEmbedUrl } from '../embeds/embed-url';
import {
  classesOf,
  element,
  isBlank,
  isElement,
  lineOf,
  mapChildren,
  plainText,
  type Reporter,
  stringProperty,
  text,
} from './html-tree';

/**
 * The address a reader would share for a player or embed address: a YouTube or Vimeo player URL
 * (what an `<iframe>` or `[youtube]` holds) becomes the video's page, which the site's cards accept.
 * @example watchUrlOf('https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0') // 'https://www.youtube.com/watch?v=dQw4w9WgXcQ'
 */
export function watchUrlOf(src: string): string {
  const address = src.startsWith('//') ? `https:${src}` : src.replace(/^http:/, 'https:');
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return src;
  }
  const host = url.hostname.replace(/^www\./, '');
  const parts = url.pathname.split('/').filter(Boolean);
  if (/^youtube(-nocookie)?\.com$/.test(host) && parts[0] === 'embed' && parts[1])
    return `https://www.youtube.com/watch?v=${parts[1]}`;
  const id = url.searchParams.get('v');
  if (host === 'youtube.com' && parts[0] === 'watch' && id) {
    const start = url.searchParams.get('t');
    return `https://www.youtube.com/watch?v=${id}${start ? `&t=${start}` : ''}`;
  }
  if (host === 'player.vimeo.com' && parts[0] === 'video' && parts[1]) return `https://vimeo.com/${parts[1]}`;
  return url.href;
}

/** Whether the site turns a link to `url`, alone on its line, into an embed card. */
export function isEmbeddable(url: string): boolean {
  return parseEmbedUrl(watchUrlOf(url)) !== undefined;
}

/** A paragraph holding only a link: the site's embed card for a supported provider, else a link. */
export function linkParagraph(url: string, caption: string | undefined, line?: number): Element {
  const href = isEmbeddable(url) ? watchUrlOf(url) : url;
  return element('p', {}, [element('a', { href }, [text(caption || href)], line)], line);
}

/**
 * Turns the embeds WordPress bodies carry into link paragraphs the site renders as cards:
 * iframes (a supported player, else a link and a note), Gutenberg embed blocks, tweets and
 * Instagram posts pasted with their script, and a bare URL alone in its paragraph.
 */
export function convertEmbeds(tree: Root, reporter: Reporter): void {
  mapChildren(tree, (node) => {
    if (!isElement(node)) return undefined;
    if (node.tagName === 'iframe') return [iframeToLink(node, reporter)].filter((n) => n !== undefined);
    const url = embedBlockUrl(node);
    if (url) return [linkParagraph(url, embedCaption(node), lineOf(node))];
    if (node.tagName === 'p') return [loneUrlParagraph(node)];
    return undefined;
  });
}

function iframeToLink(node: Element, reporter: Reporter): Element | undefined {
  const src = stringProperty(node, 'src');
  const line = lineOf(node);
  if (!src || !/^(https?:)?\/\//.test(src)) {
    reporter.report('note', 'iframe-removed', line, 'An <iframe> without a web address was removed.');
    return undefined;
  }
  if (isEmbeddable(src)) return linkParagraph(src, undefined, line);
  const title = stringProperty(node, 'title');
  reporter.report(
    'note',
    'iframe-linked',
    line,
    `expected an iframe from a supported embed provider, found ${src}; the site never frames other sites, so it became a link`,
  );
  return linkParagraph(src.startsWith('//') ? `https:${src}` : src, title, line);
}

function embedBlockUrl(node: Element): string | undefined {
  const classes = classesOf(node);
  if (node.tagName === 'figure' && classes.includes('wp-block-embed')) {
    const wrapper = node.children.find(
      (c) => isElement(c) && classesOf(c).includes('wp-block-embed__wrapper'),
    );
    const url = plainText(wrapper ? [wrapper] : node.children).split(' ')[0];
    return url && /^https?:\/\//.test(url) ? url : undefined;
  }
  if (node.tagName !== 'blockquote') return undefined;
  if (classes.includes('instagram-media')) return stringProperty(node, 'dataInstgrmPermalink');
  if (classes.includes('twitter-tweet')) {
    const links: string[] = [];
    collectHrefs(node, links);
    return links.reverse().find((href) => /\/status\/\d+/.test(href));
  }
  return undefined;
}

function embedCaption(node: Element): string | undefined {
  const caption = node.children.find((c) => isElement(c, 'figcaption', 'p'));
  return caption ? plainText([caption]) || undefined : undefined;
}

function collectHrefs(node: Element, into: string[]) {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    const href = stringProperty(child, 'href');
    if (child.tagName === 'a' && href) into.push(href);
    collectHrefs(child, into);
  }
}

// WordPress embeds a URL alone on its line; keep it a link alone in its paragraph so the site can too.
function loneUrlParagraph(node: Element): ElementContent {
  const content = node.children.filter((c) => !isBlank(c));
  const [only] = content;
  if (content.length !== 1 || only?.type !== 'text') return node;
  const url = only.value.trim();
  if (!/^https?:\/\/\S+$/.test(url)) return node;
  return linkParagraph(url, undefined, lineOf(node));
}
