import { describe, expect, it } from 'vitest';
import { formatImportMap, type ImportMap, mergeImportMap, parseImportMap } from '@/lib/import/import-map';
import { suggestImportMap } from '@/lib/import/suggest-import-map';

const input = {
  categories: new Map([
    ['Sport', { count: 4 }],
    ['Food & Drink', { description: 'Where the valley eats.', count: 2 }],
    ['Événements', { count: 1 }],
  ]),
  tags: new Map([
    ['Rail', 3],
    ['鉄道', 1],
  ]),
  authors: [
    { key: 'jsmith', name: 'Jane Smith' },
    { key: 'aokafor', name: 'Amara Okafor' },
  ],
  pages: new Map([
    ['about-us', 'About us'],
    ['advertise', 'Advertise'],
  ]),
};
const existing = {
  sections: [{ slug: 'sport', name: 'Sport' }],
  authors: new Map([['amara-okafor', 'Amara Okafor']]),
};

describe('suggestImportMap', () => {
  it('maps a category to the section of its name, else a new section named after it', () => {
    const map = suggestImportMap(input, existing);
    expect(map.categories.get('Sport')).toBe('sport');
    expect(map.categories.get('Food & Drink')).toBe('food-drink');
    expect(map.sections.get('food-drink')).toEqual({
      name: 'Food & Drink',
      description: 'Where the valley eats.',
    });
    expect(map.categories.get('Événements')).toBe('evenements');
  });

  it('maps an author to the existing author of that name, else an id from their name', () => {
    const map = suggestImportMap(input, existing);
    expect(map.authors.get('aokafor')).toBe('amara-okafor');
    expect(map.authors.get('jsmith')).toBe('jane-smith');
  });

  it('keeps tags as written and maps about-us to the standing about page', () => {
    const map = suggestImportMap(input, existing);
    expect([...map.tags]).toEqual([
      ['Rail', 'Rail'],
      ['鉄道', '鉄道'],
    ]);
    expect(map.pages.get('about-us')).toBe('about');
    expect(map.pages.get('advertise')).toBe('advertise');
  });
});

describe('the mapping file', () => {
  it('reads back what it wrote', () => {
    const map = suggestImportMap(input, existing);
    const text = formatImportMap(map, { categories: input.categories, tags: input.tags });
    expect(text).toContain('"Food & Drink": food-drink  # 2 stories');
    const { map: read, problems } = parseImportMap(text, 'content/import-map.yaml');
    expect(problems).toEqual([]);
    expect(read).toEqual(map);
  });

  it('uses an edit, and reports a value it cannot use and a key the source does not have, with their lines', () => {
    const map = suggestImportMap(input, existing);
    const edited = formatImportMap(map)
      .replace('"Food & Drink": food-drink', '"Food & Drink": sport')
      .replace('jsmith: jane-smith', 'jsmith: Jane Smith')
      .replace('tags:\n', 'tags:\n  Trams: rail\n');
    const parsed = parseImportMap(edited, 'content/import-map.yaml');
    const merged = mergeImportMap(map, parsed.map, edited, 'content/import-map.yaml');
    expect(merged.map.categories.get('Food & Drink')).toBe('sport');
    const lineOf = (needle: string) => edited.split('\n').findIndex((l) => l.includes(needle)) + 1;
    expect(parsed.problems).toEqual([
      {
        file: 'content/import-map.yaml',
        line: lineOf('jsmith:'),
        severity: 'fix',
        code: 'invalid-map-value',
        message: 'expected a slug (lower-case letters, digits and hyphens) for "jsmith", found "Jane Smith"',
      },
    ]);
    // The value it could not use falls back to the suggestion.
    expect(merged.map.authors.get('jsmith')).toBe('jane-smith');
    expect(merged.problems).toEqual([
      {
        file: 'content/import-map.yaml',
        line: lineOf('Trams:'),
        severity: 'note',
        code: 'unknown-map-key',
        message: '"Trams" is not in this source\'s tags; ignored (a typo, or from another export?)',
      },
    ]);
  });

  it('reports YAML it cannot read with the line', () => {
    const { problems } = parseImportMap('categories:\n  News: [news\n', 'content/import-map.yaml');
    expect(problems[0]).toMatchObject({ code: 'import-map-syntax', severity: 'fix', line: 3 });
  });

  it('adds what is new in the source with its suggestion, and counts it', () => {
    const map = suggestImportMap(input, existing);
    const older: Partial<ImportMap> = { ...map, tags: new Map([['Rail', 'rail']]) };
    const merged = mergeImportMap(map, older, '', 'content/import-map.yaml');
    expect(merged.added).toBe(1);
    expect(merged.map.tags.get('Rail')).toBe('rail');
    expect(merged.map.tags.get('鉄道')).toBe('鉄道');
  });
});
