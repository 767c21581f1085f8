import type { SourceAuthor } from '../source-post';
import { htmlToPlainText } from '../html-to-markdown';
import { readWxr } from './read-wxr';

/** An attachment as a featured image needs it: kept for every attachment, as they may follow their posts. */
export interface WxrAttachment {
  url: string;
  alt?: string;
  caption?: string;
  title: string;
}

/** What the first pass over an export learns: small enough to hold whatever the export's size. */
export interface WxrScan {
  siteTitle: string;
  /** The old site's address, `https://old.example` (its paths become aliases). */
  baseUrl: string;
  authors: SourceAuthor[];
  /** Category names (as posts carry them) with their description and how many posts use them. */
  categories: Map<string, { description?: string; count: number }>;
  /** Tag names with their use counts. */
  tags: Map<string, number>;
  attachments: Map<string, WxrAttachment>;
  /** Pages' slugs and titles, for the mapping file's page targets. */
  pages: Map<string, string>;
  /** Posts and pages to import. */
  stories: number;
}

/**
 * Reads an export once for what every post needs before any is written: authors, terms with their
 * counts, and the attachments (featured images resolve even when an attachment follows its post).
 */
export async function scanWxr(file: string): Promise<WxrScan> {
  const scan: WxrScan = {
    siteTitle: '',
    baseUrl: '',
    authors: [],
    categories: new Map(),
    tags: new Map(),
    attachments: new Map(),
    pages: new Map(),
    stories: 0,
  };
  for await (const record of readWxr(file)) {
    if (record.type === 'channel') {
      scan.siteTitle = htmlToPlainText(record.fields.title ?? '').text;
      scan.baseUrl = (record.fields['wp:base_blog_url'] || record.fields.link || '').replace(/\/+$/, '');
    } else if (record.type === 'author') {
      const f = record.fields;
      const key = f['wp:author_login'] ?? '';
      const name = htmlToPlainText(f['wp:author_display_name'] || key).text;
      const bio = htmlToPlainText(f['wp:author_description'] ?? '').text;
      scan.authors.push({
        key,
        name: name || key,
        ...(bio && { bio }),
        ...(f['wp:author_email'] && { email: f['wp:author_email'] }),
      });
    } else if (record.type === 'category') {
      const name = htmlToPlainText(record.fields['wp:cat_name'] ?? '').text;
      const description = htmlToPlainText(record.fields['wp:category_description'] ?? '').text;
      if (name) scan.categories.set(name, { ...(description && { description }), count: 0 });
    } else if (record.type === 'item') {
      const { fields, meta, terms } = record.item;
      const type = fields['wp:post_type'];
      if (type === 'attachment') {
        scan.attachments.set(fields['wp:post_id'] ?? '', {
          url: fields['wp:attachment_url'] || fields.guid || '',
          title: htmlToPlainText(fields.title ?? '').text,
          alt:
            htmlToPlainText(meta.find((m) => m.key === '_wp_attachment_image_alt')?.value ?? '').text ||
            undefined,
          caption: htmlToPlainText(fields['excerpt:encoded'] ?? '').text || undefined,
        });
        continue;
      }
      if (type !== 'post' && type !== 'page') continue;
      scan.stories++;
      if (type === 'page')
        scan.pages.set(fields['wp:post_name'] ?? '', htmlToPlainText(fields.title ?? '').text);
      for (const term of terms) {
        const name = htmlToPlainText(term.name).text;
        if (!name) continue;
        if (term.domain === 'category') {
          const known = scan.categories.get(name) ?? { count: 0 };
          scan.categories.set(name, { ...known, count: known.count + 1 });
        } else if (term.domain === 'post_tag') scan.tags.set(name, (scan.tags.get(name) ?? 0) + 1);
      }
    }
  }
  return scan;
}
