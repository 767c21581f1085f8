import { blockIn, embedUrlOf, isEmbedName, type TagArgs } from './template-blocks';
import { shown, type Scan } from './tag-scan';

const FIGURE_NAMES = /^(?:figure|image|img|picture)(?:\.html?)?$/i;

/**
 * Converts the tags every generator's sites use under one name or another: a video or social post
 * (youtube, vimeo, tweet, x, instagram) becomes its address alone on a line, an embed card here; a
 * figure or image becomes `![alt](src "caption")` alone in its paragraph. Returns false for any other
 * tag, and for an embed it cannot read (the caller reports both).
 * @example convertKnownTag(scan, 0, '{{< youtube w7Ft2ymGmfc >}}', 'youtube', args, 'shortcode') // writes https://www.youtube.com/watch?v=w7Ft2ymGmfc
 */
export function convertKnownTag(
  scan: Scan,
  index: number,
  raw: string,
  name: string,
  args: TagArgs,
  kind: string,
): boolean {
  const bare = name.replace(/^.*\//, '');
  if (isEmbedName(bare)) {
    const url = embedUrlOf(bare.replace(/\.html?$/, ''), args);
    if (!url) return false;
    scan.block(blockIn(scan.ctx.html).embed(url));
    scan.report(
      index,
      'note',
      `${kind}-converted`,
      `${shown(raw)} became ${url}, alone on its line, which the site shows as an embed card`,
    );
    return true;
  }
  if (!FIGURE_NAMES.test(bare)) return false;
  const { named, positional } = args;
  const src = named.src ?? named.image ?? named.path ?? named.url ?? positional[0];
  if (!src || src.startsWith('{')) return false;
  const alt = named.alt ?? positional[1] ?? '';
  const caption = [named.caption ?? named.title ?? positional[2], named.attr ?? named.credit]
    .filter(Boolean)
    .join(' ');
  const figure = blockIn(scan.ctx.html).figure({ src: scan.ctx.imports.get(src) ?? src, alt, caption });
  scan.block(figure);
  scan.report(
    index,
    'note',
    `${kind}-converted`,
    `${shown(raw)} became ${shown(figure)}${alt ? '' : '; it has no alt text, so describe the picture in the brackets'}`,
  );
  return true;
}

/**
 * A link to another post of the site (Hugo's `ref`/`relref`, Jekyll's `post_url`/`link`) written as
 * that post's old address, which its alias redirects; a target no post has is written as it was
 * and reported for the editor.
 */
export function inlinePostLink(scan: Scan, index: number, raw: string, target: string, code: string): void {
  const found = scan.ctx.resolveLink(target);
  scan.inline(found ?? target);
  if (found)
    scan.report(
      index,
      'note',
      code,
      `${shown(raw)} became ${found}, the old address of the story it names, which redirects to its new one`,
    );
  else
    scan.report(
      index,
      'fix',
      'unresolved-link',
      `expected ${shown(raw)} to name a post of the site, found none; the link now points at ${JSON.stringify(target)}: correct it`,
    );
}
