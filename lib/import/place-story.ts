import path from 'node:path';
import { aliasKey } from '../content/aliases';
import { showPath } from '../content/file-stamps';
import { RESERVED_SECTION_SLUGS } from '../content/section-schema';
import { slugify } from '../content/slugify';
import { STANDING_PAGES } from '../content/standing-pages';
import type { ImportMap } from './import-map';
import type { ImportManifest } from './import-manifest';
import type { ImportProblem, SourcePost } from './source-post';

/** Where a story goes, decided for every story before any is written, so links between them resolve. */
export interface Placement {
  /** Relative to the content folder. */
  relative: string;
  slug: string;
  section: string;
  /** Its address on this site: `/<section>/<slug>`, or `/<page>`. */
  address: string;
  aliases: string[];
  problems: (ImportProblem & { field?: string })[];
}

export interface PlacementContext {
  contentDir: string;
  map: ImportMap;
  /** Section slugs the site has or the import creates; the first is the fallback. */
  sections: string[];
  manifest: ImportManifest;
  /** Slugs existing article files claim (findTakenSlugs); each placement adds its own. */
  taken: Map<string, string>;
  /** Every old address (an alias key) of a placed story → its new address. */
  links: Map<string, string>;
}

const STANDING = new Set<string>(STANDING_PAGES.map((p) => p.slug));

/**
 * Decides a story's file, slug, section and aliases: the manifest's file for a story imported before,
 * else a free slug under `articles/<year>/` (a taken one gets `-2`, reported); old addresses that
 * lead nowhere new (its own slug, another story's alias) are dropped, and the rest recorded for links.
 */
export function placeStory(post: SourcePost, ctx: PlacementContext): Placement {
  const problems: Placement['problems'] = [];
  const add = (field: string, code: string, message: string) =>
    problems.push({ ...post.at, field, severity: 'note', code, message });
  const known = ctx.manifest.entries[post.sourceId];
  if (post.kind === 'page') {
    const name = ctx.map.pages.get(post.slug) ?? (slugify(post.slug) || slugify(post.title) || 'page');
    const relative = known?.path ?? `pages/${name}.md`;
    const page = path.basename(relative, '.md');
    if (STANDING.has(page)) for (const alias of post.aliases) recordLink(alias, `/${page}`, ctx.links);
    return { relative, slug: page, section: '', address: `/${page}`, aliases: [], problems };
  }
  const year = /^\d{4}/.exec(post.date)?.[0] ?? '0000';
  let relative = known?.path;
  let slug = relative ? path.basename(relative, '.md') : '';
  if (!relative) {
    const base = slugify(post.slug) || slugify(post.title) || `post-${post.sourceId.replace(/\W+/g, '-')}`;
    slug = base;
    for (let n = 2; ctx.taken.has(slug); n++) slug = `${base}-${n}`;
    if (slug !== base)
      add(
        'slug',
        'duplicate-slug',
        `"${base}" is already taken (${ctx.taken.get(base)}); this story is "${slug}"`,
      );
    relative = `articles/${year}/${slug}.md`;
  }
  const shown = showPath(path.join(ctx.contentDir, relative));
  ctx.taken.set(slug, shown);
  const section =
    post.categories.map((c) => ctx.map.categories.get(c)).find(Boolean) ?? ctx.sections[0] ?? 'news';
  if (post.categories.length === 0) add('section', 'no-category', `had no category; filed under ${section}`);
  const address = `/${section}/${slug}`;
  const aliases: string[] = [];
  for (const alias of post.aliases) {
    const key = aliasKey(alias);
    if (typeof key !== 'string' || key === `slug:${slug}` || key === address) continue;
    const first = key.split('/')[1] ?? '';
    if (
      key === '/' ||
      (key.split('/').length === 2 &&
        (ctx.sections.includes(first) || STANDING.has(first) || RESERVED_SECTION_SLUGS.includes(first)))
    ) {
      add(
        'aliases',
        'alias-shadows-page',
        `the old address ${alias} is a page of this site (a section, or one of its own); left out`,
      );
      continue;
    }
    const claim = key.startsWith('slug:') ? key.slice('slug:'.length) : key;
    const owner = ctx.taken.get(claim);
    if (owner && owner !== shown) {
      add('aliases', 'duplicate-alias', `the old address ${alias} is already ${owner}'s; left out`);
      continue;
    }
    ctx.taken.set(claim, shown);
    recordLink(alias, address, ctx.links);
    aliases.push(alias);
  }
  return { relative, slug, section, address, aliases, problems };
}

function recordLink(alias: string, address: string, links: Map<string, string>) {
  const key = aliasKey(alias);
  if (typeof key === 'string' && !key.startsWith('slug:')) links.set(key, address);
}
