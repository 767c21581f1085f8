import type { SourcePost } from '../source-post';
import { readWxr } from './read-wxr';
import { scanWxr, type WxrScan } from './scan-wxr';
import { isSkippedItem, type SkippedItem, toSourcePost } from './wordpress-posts';

/**
 * Reads a WordPress export in two streaming passes: the first learns authors, terms and attachments
 * (scanWxr), the second yields each post or page as a SourcePost, or why it is left out. Memory stays
 * bounded by one item plus the attachments' small map, whatever the export's size.
 */
export async function openWordpressExport(file: string, shownAs = file): Promise<{
  scan: WxrScan;
  items: () => AsyncGenerator<SourcePost | SkippedItem>;
}> {
  const scan = await scanWxr(file);
  async function* items() {
    for await (const record of readWxr(file))
      if (record.type === 'item') {
        const verdict = toSourcePost(record.item, scan, shownAs);
        if (!(isSkippedItem(verdict) && verdict.type === 'attachment')) yield verdict;
      }
  }
  return { scan, items };
}
