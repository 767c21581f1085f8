import { describe, expect, it } from 'vitest';
import {
  breadcrumbJsonLd,
  newsArticleJsonLd,
  organizationJsonLd,
  personJsonLd,
  profilePageJsonLd,
  websiteJsonLd,
} from '@/lib/seo/json-ld';
import { serializeJsonLd } from '@/lib/seo/serialize-json-ld';
import { loadFixtureIndex } from '../../support/load-fixture-index';

describe('newsArticleJsonLd', () => {
  it("has Google's required and recommended NewsArticle properties, as a news report", async () => {
    const index = await loadFixtureIndex();
    const article = index.bySlug.get('car-plant-liverpool')!;
    const data = newsArticleJsonLd(index, article);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'ReportageNewsArticle',
      headline: 'Carmaker opens Liverpool research centre',
      image: ['https://fixture.example/business/car-plant-liverpool/opengraph-image'],
      datePublished: '2026-11-10T00:00:00+00:00',
      dateModified: '2026-11-10T00:00:00+00:00',
      author: [{ '@type': 'Person', name: 'Ada Byline', url: 'https://fixture.example/authors/ada' }],
      publisher: {
        '@type': 'NewsMediaOrganization',
        '@id': 'https://fixture.example/#organization',
        name: 'Fixture Gazette',
      },
      mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://fixture.example/business/car-plant-liverpool' },
      articleSection: 'Business',
      keywords: ['liverpool', 'manufacturing', 'jobs'],
    });
  });

  it.each([
    ['analysis', 'AnalysisNewsArticle'],
    ['opinion', 'OpinionNewsArticle'],
    ['editorial', 'OpinionNewsArticle'],
    ['letter', 'OpinionNewsArticle'],
    ['review', 'ReviewNewsArticle'],
    ['explainer', 'BackgroundNewsArticle'],
    ['interview', 'NewsArticle'],
    ['obituary', 'NewsArticle'],
    ['sponsored', 'AdvertiserContentArticle'],
  ] as const)('describes a story of type %s as %s', async (type, schemaType) => {
    const index = await loadFixtureIndex();
    const article = { ...index.bySlug.get('car-plant-liverpool')!, type };
    expect(newsArticleJsonLd(index, article)['@type']).toBe(schemaType);
  });

  it('says what a review reviews, and who paid for sponsored content', async () => {
    const index = await loadFixtureIndex();
    const base = index.bySlug.get('car-plant-liverpool')!;
    const review = {
      ...base,
      type: 'review' as const,
      reviewed: { name: 'The Tide Clock', type: 'Book' as const },
    };
    expect(newsArticleJsonLd(index, review)).toMatchObject({
      itemReviewed: { '@type': 'Book', name: 'The Tide Clock' },
    });
    const paid = { ...base, type: 'sponsored' as const, sponsor: 'Pennine Water' };
    expect(newsArticleJsonLd(index, paid)).toMatchObject({
      sponsor: { '@type': 'Organization', name: 'Pennine Water' },
    });
    expect(newsArticleJsonLd(index, base)).not.toHaveProperty('itemReviewed');
  });

  it('carries corrections and clarifications as CorrectionComment items, and dates the change', async () => {
    const index = await loadFixtureIndex();
    const base = index.bySlug.get('car-plant-liverpool')!;
    const corrections = [
      {
        kind: 'correction' as const,
        date: '2026-11-19T10:00:00.000Z',
        text: 'Six hundred, not 6,000.',
        inline: [],
      },
      { kind: 'update' as const, date: '2026-11-25T10:00:00.000Z', text: 'Since then…', inline: [] },
    ];
    const data = newsArticleJsonLd(index, { ...base, corrections });
    expect(data.correction).toEqual([
      {
        '@type': 'CorrectionComment',
        datePublished: '2026-11-19T10:00:00+00:00',
        text: 'Six hundred, not 6,000.',
      },
    ]);
    expect(data.dateModified).toBe('2026-11-19T10:00:00+00:00');
    expect(newsArticleJsonLd(index, base)).not.toHaveProperty('correction');
  });

  it('keeps the headline within 110 characters', async () => {
    const index = await loadFixtureIndex();
    const article = { ...index.bySlug.get('car-plant-liverpool')!, title: 'word '.repeat(40).trim() };
    expect(newsArticleJsonLd(index, article).headline.length).toBeLessThanOrEqual(110);
  });
});

it('writes a BreadcrumbList matching the visible crumbs, the last without a link', async () => {
  const { site } = await loadFixtureIndex();
  expect(
    breadcrumbJsonLd(site, [
      { name: 'Home', path: '/' },
      { name: 'Business', path: '/business' },
      { name: 'Story' },
    ]).itemListElement,
  ).toEqual([
    { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://fixture.example/' },
    { '@type': 'ListItem', position: 2, name: 'Business', item: 'https://fixture.example/business' },
    { '@type': 'ListItem', position: 3, name: 'Story' },
  ]);
});

it('gives the home page a WebSite with a SearchAction for /search?q=', async () => {
  const { site } = await loadFixtureIndex();
  const [website] = websiteJsonLd(site)['@graph'];
  expect(website?.potentialAction).toEqual({
    '@type': 'SearchAction',
    target: { '@type': 'EntryPoint', urlTemplate: 'https://fixture.example/search?q={search_term_string}' },
    'query-input': 'required name=search_term_string',
  });
});

it('gives author pages a ProfilePage about the Person', async () => {
  const index = await loadFixtureIndex();
  expect(profilePageJsonLd(index.site, index.authors.get('ada')!).mainEntity).toMatchObject({
    '@type': 'Person',
    name: 'Ada Byline',
    url: 'https://fixture.example/authors/ada',
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of by </script> and still parses to the same value', () => {
    const value = { headline: 'A </script><script>alert(1)</script> & <b> \u2028' };
    const text = serializeJsonLd(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('the newsroom and its people', () => {
  it('describes the newsroom as a NewsMediaOrganization pointing at each transparency page it has', async () => {
    const { site } = await loadFixtureIndex();
    const has = (slug: string) => slug !== 'ownership-and-funding';
    const org = organizationJsonLd(
      { ...site, sameAs: ['https://social.example/@gazette'], email: 'news@fixture.example' },
      has,
    );
    expect(org).toMatchObject({
      '@type': 'NewsMediaOrganization',
      '@id': 'https://fixture.example/#organization',
      sameAs: ['https://social.example/@gazette'],
      publishingPrinciples: 'https://fixture.example/ethics-policy',
      ethicsPolicy: 'https://fixture.example/ethics-policy',
      correctionsPolicy: 'https://fixture.example/corrections-policy',
      masthead: 'https://fixture.example/masthead',
      actionableFeedbackPolicy: 'https://fixture.example/contact',
      contactPoint: {
        '@type': 'ContactPoint',
        contactType: 'newsroom',
        email: 'news@fixture.example',
        url: 'https://fixture.example/contact',
      },
    });
    expect(org).not.toHaveProperty('ownershipFundingInfo');
    expect(organizationJsonLd(site)).not.toHaveProperty('correctionsPolicy');
  });

  it('gives a journalist their title, profiles elsewhere, expertise and the organisation they work for', async () => {
    const { site, authors } = await loadFixtureIndex();
    const ada = {
      ...authors.get('ada')!,
      sameAs: ['https://social.example/@ada'],
      jobTitle: 'Senior reporter',
      expertise: 'Energy',
    };
    expect(personJsonLd(site, ada)).toMatchObject({
      '@type': 'Person',
      jobTitle: 'Senior reporter',
      sameAs: ['https://social.example/@ada'],
      knowsAbout: 'Energy',
      worksFor: { '@id': 'https://fixture.example/#organization' },
    });
    expect(personJsonLd(site, authors.get('ada')!)).not.toHaveProperty('sameAs');
  });
});
