import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourcePost } from '@/lib/import/source-post';
import { readWxr } from '@/lib/import/wordpress/read-wxr';
import { scanWxr, type WxrScan } from '@/lib/import/wordpress/scan-wxr';
import { isSkippedItem, type SkippedItem, toSourcePost } from '@/lib/import/wordpress/wordpress-posts';

const EXPORT = path.join(import.meta.dirname, '../../../fixtures/import/wordpress/export.xml');
let scan: WxrScan;
const byId = new Map<string, SourcePost | SkippedItem>();

beforeAll(async () => {
  scan = await scanWxr(EXPORT);
  for await (const record of readWxr(EXPORT))
    if (record.type === 'item')
      byId.set(record.item.fields['wp:post_id'] ?? '', toSourcePost(record.item, scan, 'export.xml'));
});

const post = (id: string): SourcePost => {
  const found = byId.get(id);
  if (!found || isSkippedItem(found)) throw new Error(`wp:${id} was skipped`);
  return found;
};

describe('scanWxr', () => {
  it('learns authors, category counts and attachments, even those after their posts', () => {
    expect(scan.authors.map((a) => [a.key, a.name])).toEqual([
      ['jsmith', 'Jane Smith'],
      ['mario', 'Mário Brown'],
    ]);
    expect(scan.authors[0]?.bio).toBe('Jane covered the council for twenty years.');
    expect(scan.categories.get('Food & Drink')).toEqual({ description: 'Where the valley eats.', count: 3 });
    expect(scan.attachments.get('201')?.alt).toBe('A green tram crossing the viaduct');
    expect(scan.stories).toBe(12);
  });
});

describe('toSourcePost', () => {
  it('maps each WordPress status, saying why a private or password-protected post is a draft', () => {
    expect(post('101').status).toBe('published');
    expect(post('102').status).toBe('draft');
    expect(post('103').status).toBe('scheduled');
    expect(post('104').status).toBe('draft');
    expect(post('104').problems.map((p) => [p.code, p.line])).toEqual([['private-post', 141]]);
    expect(post('105').status).toBe('draft');
    expect(post('105').problems.map((p) => p.code)).toEqual(['password-protected']);
  });

  it('leaves out auto-drafts, trash, menu items and revisions, with why', () => {
    const skipped = ['109', '110', '401', '402'].map((id) => byId.get(id) as SkippedItem);
    expect(skipped.map((s) => [s.type, s.reason])).toEqual([
      ['post', 'an auto-draft WordPress saved by itself, never written'],
      ['post', 'in the old site’s trash'],
      ['nav_menu_item', 'a WordPress nav_menu_item, not a story or a page'],
      ['revision', 'a WordPress revision, not a story or a page'],
    ]);
  });

  it('reduces a title to its text, entities decoded once, and reports the markup', () => {
    expect(post('101').title).toBe('Council votes to freeze “rail” fares & parking');
    expect(post('101').problems.map((p) => p.code)).toContain('markup-in-title');
    expect(post('102').title).toBe('');
  });

  it('uses the GMT date, or the local one when WordPress wrote 0000-00-00 for a draft', () => {
    expect(post('101').date).toBe('2012-01-07T09:30:00Z');
    expect(post('101').updated).toBe('2012-01-09T14:00:00Z');
    expect(post('102').date).toBe('2013-03-04T11:15:00');
    expect(post('102').updated).toBeUndefined();
  });

  it('keeps old permalinks, ?p= and old slugs as aliases; a draft has none', () => {
    expect(post('101').aliases).toEqual([
      '/2012/01/07/council-votes-to-freeze-rail-fares/',
      '/?p=101',
      'fares-frozen',
    ]);
    expect(post('102').aliases).toEqual([]);
    expect(post('301').aliases).toEqual(['/about-us/', '/?page_id=301']);
  });

  it('takes the featured image from an attachment that comes later in the file', () => {
    expect(post('101').image).toEqual({
      src: 'https://old.example/wp-content/uploads/2012/01/tram.jpg',
      alt: 'A green tram crossing the viaduct',
      caption: 'The festival tram at Hebden Bridge & Todmorden. Photo: J. Smith',
    });
    expect(post('101').featured).toBe(true);
    expect(post('103').featured).toBe(false);
  });

  it('decodes a percent-encoded non-Latin slug and keeps non-Latin tags', () => {
    expect(post('106').slug).toBe('東京の鉄道');
    expect(post('106').tags).toEqual(['鉄道', 'Τρένα']);
  });

  it('reads the excerpt as plain text, categories and tags by name, and counts comments', () => {
    expect(post('101').summary).toBe('A freeze on fares & a rise in parking.');
    expect(post('101').categories).toEqual(['News', 'Local Politics']);
    expect(post('101').comments).toBe(2);
    expect(post('101').body).toMatchObject({ format: 'html', at: { file: 'export.xml', line: 34 } });
    expect(post('301').kind).toBe('page');
  });
});
