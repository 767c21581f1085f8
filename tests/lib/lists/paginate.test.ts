import { describe, expect, it } from 'vitest';
import { pagePath, paginate, parsePageNumber } from '@/lib/lists/paginate';

describe('paginate', () => {
  const list = Array.from({ length: 25 }, (_, i) => i);

  it('cuts a list into fixed-size pages with a page count', () => {
    expect(paginate(list, 1, 10)).toEqual({ items: list.slice(0, 10), page: 1, pageCount: 3, total: 25 });
    expect(paginate(list, 3, 10)).toEqual({ items: [20, 21, 22, 23, 24], page: 3, pageCount: 3, total: 25 });
  });

  it('has no page past the end, and no page 0', () => {
    expect(paginate(list, 4, 10)).toBeUndefined();
    expect(paginate(list, 0, 10)).toBeUndefined();
  });

  it('has one empty first page for an empty list', () => {
    expect(paginate([], 1, 10)).toEqual({ items: [], page: 1, pageCount: 1, total: 0 });
    expect(paginate([], 2, 10)).toBeUndefined();
  });
});

describe('parsePageNumber', () => {
  it('accepts only canonical positive numbers', () => {
    expect(parsePageNumber('2')).toBe(2);
    for (const value of ['0', '02', '-1', '1.5', 'two', '', '9999999', undefined, ['2']])
      expect(parsePageNumber(value), String(value)).toBeUndefined();
  });
});

describe('pagePath', () => {
  it('gives page 1 the list URL and later pages /page/N', () => {
    expect(pagePath('/', 1)).toBe('/');
    expect(pagePath('/', 2)).toBe('/page/2');
    expect(pagePath('/news', 1)).toBe('/news');
    expect(pagePath('/news', 3)).toBe('/news/page/3');
  });
});
