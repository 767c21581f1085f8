import { expect, it } from 'vitest';
import { ageNotice } from '@/lib/dates/age-notice';

const now = new Date('2026-12-01T12:00:00Z');
const news = (date: string) => ({ date, type: 'news' as const });

it('tells a reader a story is old once it passes the configured age, and not before', () => {
  expect(ageNotice(news('2025-11-30T12:00:00Z'), now)).toBe('This article is more than 1 year old');
  expect(ageNotice(news('2025-12-02T12:00:00Z'), now)).toBeUndefined();
  expect(ageNotice(news('2024-06-01T12:00:00Z'), now, 24)).toBe('This article is more than 2 years old');
  expect(ageNotice(news('2026-05-01T12:00:00Z'), now, 6)).toBe('This article is more than 6 months old');
});

it('never marks a live story whose coverage goes on, but does an ended one', () => {
  expect(
    ageNotice({ ...news('2024-01-01T00:00:00Z'), type: 'live', live: { status: 'live' } }, now),
  ).toBeUndefined();
  expect(ageNotice({ ...news('2024-01-01T00:00:00Z'), type: 'live', live: { status: 'ended' } }, now)).toBe(
    'This article is more than 1 year old',
  );
});
