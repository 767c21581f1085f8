import { expect, it } from 'vitest';
import { filterByMonth, groupByMonth } from '@/lib/lists/group-by-month';

const articles = [
  { date: '2026-11-02T10:00:00.000Z' },
  { date: '2026-10-31T23:30:00.000Z' }, // still 31 October in London: clocks went back on the 25th
  { date: '2026-10-31T23:30:00.000Z' },
  { date: '2026-09-30T23:30:00.000Z' }, // 1 October 00:30 in London (BST, UTC+1)
  { date: '2026-09-15T12:00:00.000Z' },
];

it('counts articles per month in the site time zone, newest month first', () => {
  expect(groupByMonth(articles, 'Europe/London')).toEqual([
    { key: '2026-11', year: '2026', month: '11', count: 1 },
    { key: '2026-10', year: '2026', month: '10', count: 3 },
    { key: '2026-09', year: '2026', month: '09', count: 1 },
  ]);
  expect(groupByMonth(articles, 'UTC').map((m) => [m.key, m.count])).toEqual([
    ['2026-11', 1],
    ['2026-10', 2],
    ['2026-09', 2],
  ]);
});

it('filters one month in the site time zone', () => {
  expect(filterByMonth(articles, '2026-10', 'Europe/London')).toHaveLength(3);
  expect(filterByMonth(articles, '2026-08', 'Europe/London')).toEqual([]);
});
