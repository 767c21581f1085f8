import { describe, expect, it } from 'vitest';
import {
  neighbours,
  olderPageCount,
  pageOfUpdate,
  UPDATES_PER_PAGE,
  updatesOnPage,
} from '@/lib/live/update-pages';

// Updates numbered by the order they were posted, 1 the first; lists are newest first, as pages show them.
const blog = (total: number) => Array.from({ length: total }, (_, i) => total - i);

describe('live blog pages', () => {
  it('shows everything on the story URL until there are forty updates', () => {
    for (const total of [0, 1, 19, 20, 39]) {
      expect(olderPageCount(total), String(total)).toBe(0);
      expect(updatesOnPage(blog(total))).toEqual(blog(total));
    }
  });

  it('keeps 20 to 39 updates on the story URL and twenty on each older page, counted from the oldest', () => {
    expect(UPDATES_PER_PAGE).toBe(20);
    const updates = blog(45);
    expect(olderPageCount(45)).toBe(1);
    expect(updatesOnPage(updates)).toEqual(blog(45).slice(0, 25));
    expect(updatesOnPage(updates, 1)).toEqual(Array.from({ length: 20 }, (_, i) => 20 - i));
    expect(updatesOnPage(updates, 2)).toBeUndefined();
    expect(updatesOnPage(updates, 0)).toBeUndefined();
    expect(updatesOnPage(updates, 1.5)).toBeUndefined();
  });

  it('never changes a numbered page as new updates arrive', () => {
    const pageOne = updatesOnPage(blog(40), 1);
    for (let total = 41; total <= 200; total++) {
      expect(updatesOnPage(blog(total), 1)).toEqual(pageOne);
      // The front never shows fewer than twenty updates, nor forty or more.
      const front = updatesOnPage(blog(total)) ?? [];
      expect(front.length).toBeGreaterThanOrEqual(20);
      expect(front.length).toBeLessThan(40);
      // Every update is on exactly one page.
      const pages = Array.from(
        { length: olderPageCount(total) },
        (_, i) => updatesOnPage(blog(total), i + 1) ?? [],
      );
      expect([front, ...pages.reverse()].flat()).toEqual(blog(total));
    }
  });

  it('finds the page an update is on, by its place newest first', () => {
    // 45 updates: the newest 25 on the story URL (indexes 0–24), the oldest 20 on page 1.
    expect(pageOfUpdate(45, 0)).toBeUndefined();
    expect(pageOfUpdate(45, 24)).toBeUndefined();
    expect(pageOfUpdate(45, 25)).toBe(1);
    expect(pageOfUpdate(45, 44)).toBe(1);
    expect(pageOfUpdate(100, 99)).toBe(1);
    // 100 updates: the newest 20 on the story URL, then pages 4 (the next 20) down to 1.
    expect(pageOfUpdate(100, 19)).toBeUndefined();
    expect(pageOfUpdate(100, 20)).toBe(4);
    expect(pageOfUpdate(100, 40)).toBe(3);
  });

  it('links each page to its newer and older neighbours', () => {
    expect(neighbours(30)).toEqual({ older: undefined });
    expect(neighbours(100)).toEqual({ older: 4 });
    expect(neighbours(100, 4)).toEqual({ newer: 'latest', older: 3 });
    expect(neighbours(100, 3)).toEqual({ newer: 4, older: 2 });
    expect(neighbours(100, 1)).toEqual({ newer: 2, older: undefined });
  });
});
