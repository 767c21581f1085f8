import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWxr, type WxrItem, type WxrRecord } from '@/lib/import/wordpress/read-wxr';

const EXPORT = path.join(import.meta.dirname, '../../../fixtures/import/wordpress/export.xml');

async function readAll(): Promise<WxrRecord[]> {
  const records: WxrRecord[] = [];
  for await (const record of readWxr(EXPORT)) records.push(record);
  return records;
}

const itemById = (records: WxrRecord[], id: string): WxrItem => {
  const found = records.find((r) => r.type === 'item' && r.item.fields['wp:post_id'] === id);
  if (found?.type !== 'item') throw new Error(`no item ${id}`);
  return found.item;
};

describe('readWxr', () => {
  it('yields the channel, authors, categories and tags with their lines', async () => {
    const records = await readAll();
    const authors = records.filter((r) => r.type === 'author');
    expect(authors.map((a) => 'line' in a && a.line)).toEqual([19, 20]);
    const category = records
      .flatMap((r) => (r.type === 'category' ? [r] : []))
      .find((r) => r.fields['wp:category_nicename'] === 'food-drink');
    // XML entities are decoded once: the name reads as WordPress stores it.
    expect(category?.fields['wp:cat_name']).toBe('Food & Drink');
    const channel = records.flatMap((r) => (r.type === 'channel' ? [r] : []))[0];
    expect(channel?.fields['wp:base_blog_url']).toBe('https://old.example');
  });

  it('gives each item its line, the line of its body, its terms, meta and approved comments', async () => {
    const records = await readAll();
    const item = itemById(records, '101');
    expect(item.line).toBe(27);
    expect(item.fieldLines['content:encoded']).toBe(34);
    expect(item.terms.filter((t) => t.domain === 'post_tag')).toHaveLength(42);
    expect(item.meta).toContainEqual({ key: '_wp_old_slug', value: 'fares-frozen' });
    expect(item.comments).toBe(2); // the third is spam
  });

  it('joins CDATA sections split around "]]>" and keeps markup in a title as written', async () => {
    const records = await readAll();
    expect(itemById(records, '108').fields['content:encoded']).toContain('<code>a ]]> b</code>');
    expect(itemById(records, '101').fields.title).toBe(
      'Council <em>votes</em> to freeze &#8220;rail&#8221; fares &amp; parking',
    );
  });

  it('reads every item, attachments after their posts included', async () => {
    const ids = (await readAll()).flatMap((r) => (r.type === 'item' ? [r.item.fields['wp:post_id']] : []));
    expect(ids).toEqual([
      '101',
      '102',
      '103',
      '104',
      '105',
      '106',
      '107',
      '108',
      '109',
      '110',
      '301',
      '302',
      '401',
      '402',
      '201',
      '202',
    ]);
  });
});
