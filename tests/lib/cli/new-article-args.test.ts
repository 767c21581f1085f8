import { describe, expect, it } from 'vitest';
import { completeRequest, findMissingFlags, parseNewArticleArgs } from '@/lib/cli/new-article-args';

describe('parseNewArticleArgs', () => {
  it('reads the headline, section, authors, slug and tags', () => {
    const args = parseNewArticleArgs([
      'Tram line opens',
      '--section',
      'news',
      '--author',
      'ada, ben',
      '--slug',
      'trams',
      '--tags',
      'Leeds,, trams ',
    ]);
    expect(args).toEqual({
      ok: true,
      help: false,
      value: {
        title: 'Tram line opens',
        section: 'news',
        authors: ['ada', 'ben'],
        slug: 'trams',
        tags: ['Leeds', 'trams'],
      },
    });
  });

  it('joins an unquoted headline and leaves what was not given undefined', () => {
    const args = parseNewArticleArgs(['Tram', 'line', 'opens', '--section=news']);
    expect(args.ok && args.value).toEqual({
      title: 'Tram line opens',
      section: 'news',
      authors: undefined,
      slug: undefined,
      tags: [],
    });
  });

  it('explains an unknown flag with the usage line', () => {
    const args = parseNewArticleArgs(['Headline', '--sektion', 'news']);
    expect(args.ok).toBe(false);
    expect(!args.ok && args.message).toMatch(
      /^Unknown option '--sektion'.*\nUsage: npm run new -- "Headline" --section <section> --author <id>/s,
    );
  });
});

describe('findMissingFlags and completeRequest', () => {
  it('names every missing value as the editor types it', () => {
    const request = { tags: [] };
    expect(findMissingFlags(request)).toEqual(['"Headline"', '--section', '--author']);
    expect(completeRequest(request)).toBeUndefined();
  });

  it('completes a request that has a headline, a section and an author', () => {
    const request = { title: 'T', section: 'news', authors: ['ada'], tags: [] };
    expect(findMissingFlags(request)).toEqual([]);
    expect(completeRequest(request)).toEqual(request);
  });
});
