import type { ImportSource } from '../run-import';
import { readWxr } from './read-wxr';
import { scanWxr } from './scan-wxr';
import { isSkippedItem, toSourcePost } from './wordpress-posts';

/**
 * Opens a WordPress export for import in two streaming passes: the first learns authors, terms and
 * attachments (scanWxr), the second yields each post or page as a SourcePost, or why it is left out.
 * Memory stays bounded by one item plus the attachments' small map, whatever the export's size.
 */
export async function openWordpressExport(file: string, shownAs = file): Promise<ImportSource> {
  const scan = await scanWxr(file);
  async function* stories() {
    for await (const record of readWxr(file))
      if (record.type === 'item') {
        const verdict = toSourcePost(record.item, scan, shownAs);
        if (!(isSkippedItem(verdict) && verdict.type === 'attachment')) yield verdict;
      }
  }
  return {
    generator: 'wordpress',
    name: shownAs,
    siteTitle: scan.siteTitle,
    baseUrl: scan.baseUrl,
    resolveAttachment: (id) => {
      const found = scan.attachments.get(id);
      return (
        found && {
          src: found.url,
          ...(found.alt && { alt: found.alt }),
          ...(found.caption && { caption: found.caption }),
        }
      );
    },
    mapInput: { categories: scan.categories, tags: scan.tags, authors: scan.authors, pages: scan.pages },
    total: scan.stories,
    problems:
      scan.stories === 0
        ? [
            {
              file: shownAs,
              severity: 'fix',
              code: 'no-posts',
              message:
                'expected a WordPress export (WXR) with posts or pages, found none; export again from Tools → Export → All content',
            },
          ]
        : [],
    stories,
  };
}
