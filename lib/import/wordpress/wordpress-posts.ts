import type { ImportProblem, SourceLocation, SourcePost } from '../source-post';
import { htmlToPlainText } from '../html-to-markdown';
import type { WxrItem } from './read-wxr';
import type { WxrScan } from './scan-wxr';

/** An item the import leaves out, and why (an attachment, a menu entry, a revision, a trashed post). */
export interface SkippedItem {
  sourceId: string;
  type: string;
  reason: string;
  at: SourceLocation;
}

const NO_DATE = /^0000-00-00/;
const SKIPPED_STATUSES: Record<string, string> = {
  'auto-draft': 'an auto-draft WordPress saved by itself, never written',
  trash: 'in the old site’s trash',
  inherit: 'a revision or attachment of another post',
};

/**
 * Turns one WXR item into a SourcePost, or says why it is not imported: posts and pages come
 * across, with their status mapped (future → scheduled; private and password-protected → drafts, with
 * a note saying why), their old addresses as aliases and their featured image from the attachments.
 */
export function toSourcePost(item: WxrItem, scan: WxrScan, file: string): SourcePost | SkippedItem {
  const f = item.fields;
  const id = f['wp:post_id'] ?? '';
  const type = f['wp:post_type'] ?? 'post';
  const at = { file, line: item.line };
  const sourceId = `wp:${id}`;
  if (type === 'attachment')
    return {
      sourceId,
      type,
      reason: 'an attachment: its file comes across with the stories that use it',
      at,
    };
  if (type !== 'post' && type !== 'page')
    return { sourceId, type, reason: `a WordPress ${type}, not a story or a page`, at };
  const wpStatus = f['wp:status'] ?? 'publish';
  const skipped = SKIPPED_STATUSES[wpStatus];
  if (skipped) return { sourceId, type, reason: skipped, at };

  const problems: ImportProblem[] = [];
  const note = (code: string, message: string, severity: 'note' | 'fix' = 'note') =>
    problems.push({ ...at, severity, code, message });
  const title = htmlToPlainText(f.title ?? '');
  if (title.hadMarkup) note('markup-in-title', `the title had markup (${f.title}); kept its text only`);

  let status: SourcePost['status'] = 'published';
  if (wpStatus === 'future') status = 'scheduled';
  else if (wpStatus === 'draft' || wpStatus === 'pending') status = 'draft';
  else if (wpStatus === 'private') {
    status = 'draft';
    note('private-post', 'private on the old site (only its editors could read it); imported as a draft');
  }
  if (wpStatus === 'pending') note('pending-post', 'pending review on the old site; imported as a draft');
  if (f['wp:post_password']) {
    status = 'draft';
    note(
      'password-protected',
      'password-protected on the old site; imported as a draft, as this site has no passwords',
    );
  }

  const { date, updated } = readDates(f);
  const thumbnailId = item.meta.find((m) => m.key === '_thumbnail_id')?.value;
  const attachment = thumbnailId ? scan.attachments.get(thumbnailId) : undefined;
  if (thumbnailId && !attachment)
    note(
      'missing-featured-image',
      `its featured image (attachment ${thumbnailId}) is not in the export`,
      'fix',
    );

  const isPublic = status !== 'draft';
  const aliases = isPublic ? oldAddresses(f, item.meta, scan.baseUrl, type, id) : [];
  const terms = (domain: string) =>
    item.terms
      .filter((t) => t.domain === domain)
      .map((t) => htmlToPlainText(t.name).text)
      .filter(Boolean);
  const summary = htmlToPlainText(f['excerpt:encoded'] ?? '').text;
  return {
    sourceId,
    kind: type === 'page' ? 'page' : 'article',
    title: title.text,
    slug: decodeSlug((f['wp:post_name'] ?? '').replace(/__trashed$/, '')),
    date,
    ...(updated && { updated }),
    status,
    authors: f['dc:creator'] ? [f['dc:creator']] : [],
    categories: [...new Set(terms('category'))],
    tags: [...new Set(terms('post_tag'))],
    ...(summary && { summary }),
    featured: f['wp:is_sticky'] === '1',
    ...(attachment && {
      image: {
        src: attachment.url,
        alt: attachment.alt,
        caption: attachment.caption,
      },
    }),
    aliases,
    body: {
      format: 'html',
      text: f['content:encoded'] ?? '',
      at: { file, line: item.fieldLines['content:encoded'] ?? item.line },
    },
    assets: [],
    comments: item.comments,
    problems,
    at,
  };
}

/** Whether toSourcePost's answer is an item left out. */
export function isSkippedItem(value: SourcePost | SkippedItem): value is SkippedItem {
  return 'reason' in value;
}

// The GMT date when WordPress has one (drafts carry 0000-00-00 there), else the local one, read by the
// site in its own zone; `updated` in the same form, and only when it is later.
function readDates(f: Record<string, string>): { date: string; updated?: string } {
  const gmt = f['wp:post_date_gmt'] ?? '';
  const useGmt = gmt !== '' && !NO_DATE.test(gmt);
  const form = (value: string | undefined, zone: boolean) =>
    value && !NO_DATE.test(value) ? `${value.trim().replace(' ', 'T')}${zone ? 'Z' : ''}` : undefined;
  const date = form(useGmt ? gmt : f['wp:post_date'], useGmt) ?? form(f['wp:post_modified'], false) ?? '';
  const updated = form(useGmt ? f['wp:post_modified_gmt'] : f['wp:post_modified'], useGmt);
  return { date, ...(updated && updated > date && { updated }) };
}

function oldAddresses(
  f: Record<string, string>,
  meta: WxrItem['meta'],
  baseUrl: string,
  type: string,
  id: string,
): string[] {
  const aliases = [type === 'page' ? `/?page_id=${id}` : `/?p=${id}`];
  const link = f.link ?? '';
  const path = link.startsWith(baseUrl) ? link.slice(baseUrl.length) || '/' : pathOf(link);
  if (path && path !== '/' && !/^\/?\?/.test(path)) aliases.unshift(path);
  for (const m of meta) if (m.key === '_wp_old_slug' && m.value) aliases.push(decodeSlug(m.value));
  return [...new Set(aliases)];
}

function pathOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.pathname + parsed.search;
  } catch {
    return undefined;
  }
}

// WordPress keeps a non-Latin slug percent-encoded (`%e6%9d%b1…`); the site keeps its letters.
function decodeSlug(slug: string): string {
  try {
    return decodeURIComponent(slug);
  } catch {
    return slug;
  }
}
