import { describe, expect, it } from 'vitest';
import { type NewsDesk, planNewArticle } from '@/lib/cli/plan-new-article';

const desk: NewsDesk = {
  articlesDir: 'content/articles',
  timeZone: 'Europe/London',
  sectionSlugs: ['news', 'business'],
  authorIds: ['ben', 'ada'],
  takenSlugs: new Map([['council-budget', 'content/articles/2025/council-budget.md']]),
};
// 23:30 UTC on New Year's Eve is still 2026 in London, already 2027 on the machine's Pacific/Apia clock.
const now = new Date('2026-12-31T23:30:00Z');
const request = { title: 'Tram line opens', section: 'news', authors: ['ada'], tags: [] };

describe('planNewArticle', () => {
  it("files the draft under the year it is in the site's time zone", () => {
    const plan = planNewArticle(request, desk, now);
    expect(plan).toMatchObject({
      ok: true,
      file: 'content/articles/2026/tram-line-opens.md',
      slug: 'tram-line-opens',
    });
    expect(plan.ok && plan.text).toContain('date: 2026-12-31T23:30\n');
  });

  it('uses --slug, normalised like every slug', () => {
    expect(planNewArticle({ ...request, slug: 'Trams Return!' }, desk, now)).toMatchObject({
      ok: true,
      file: 'content/articles/2026/trams-return.md',
    });
  });

  it('reports an unknown section, an unknown author and a taken slug at once, listing what is valid', () => {
    expect(
      planNewArticle(
        { title: 'Council budget', section: 'sport', authors: ['ada', 'jsmith'], tags: [] },
        desk,
        now,
      ),
    ).toEqual({
      ok: false,
      errors: [
        'unknown section "sport"; expected one from content/sections.yaml: news, business',
        'unknown author "jsmith"; expected an id from content/authors/: ada, ben',
        'slug "council-budget" is already used by content/articles/2025/council-budget.md; choose another with --slug',
      ],
    });
  });

  it('asks for --slug when the headline has no letters or digits', () => {
    expect(planNewArticle({ ...request, title: '¿…?' }, desk, now)).toEqual({
      ok: false,
      errors: ['the headline "¿…?" has no letters or digits to make a slug; pass --slug'],
    });
  });

  it('refuses what the content check would refuse, with its message', () => {
    const plan = planNewArticle({ ...request, title: `${'Long '.repeat(41)}headline` }, desk, now);
    expect(plan.ok).toBe(false);
    expect(!plan.ok && plan.errors).toEqual([
      expect.stringMatching(
        /^content\/articles\/2026\/long-long.*\.md:2 {2}title {2}expected at most 200 characters, found 213 {2}\[invalid-field\]$/,
      ),
    ]);
  });
});
