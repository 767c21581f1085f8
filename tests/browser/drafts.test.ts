import path from 'node:path';
import { expect, inject, it } from 'vitest';
import { loadContentIndex } from '@/lib/content/load-content-index';

it('keeps draft and scheduled articles out of every page, feed, sitemap and search in production', async () => {
  const { result } = await loadContentIndex(path.resolve('content'));
  if (!result.ok) throw new Error('the sample content is invalid');
  const hidden = result.value.articles.filter((a) => a.draft || Date.parse(a.date) > Date.now());
  expect(hidden.some((a) => a.draft)).toBe(true);
  expect(hidden.some((a) => !a.draft)).toBe(true);
  const baseUrl = inject('baseUrl');
  const pages = [
    '/',
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/sitemaps/sitemap/0.xml',
    '/news-sitemap.xml',
    '/archive',
    '/tags',
  ];
  for (const article of hidden) {
    expect((await fetch(`${baseUrl}/${article.section}/${article.slug}`)).status, article.slug).toBe(404);
    pages.push(
      `/${article.section}`,
      `/${article.section}/feed.xml`,
      `/authors/${article.authors[0]}`,
      `/search?q=${encodeURIComponent(article.title)}`,
    );
  }
  for (const page of new Set(pages)) {
    const body = await (await fetch(`${baseUrl}${page}`)).text();
    for (const article of hidden)
      expect(body, `${page} mentions ${article.slug}`).not.toContain(article.slug);
  }
});
