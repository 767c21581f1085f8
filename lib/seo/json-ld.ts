import { schemaImagePaths } from '../images/article-images';
import type { LiveCoverage } from '../live/live-coverage';
import { type LiveUpdate, updateHeading } from '../live/live-update';
import type { Article } from '../content/article';
import type { Author } from '../content/author-schema';
import { articlePath } from '../content/article-summary';
import { schemaTypeOf } from '../content/article-types';
import { isOnRecord, lastModified } from '../content/last-modified';
import type { ContentIndex } from '../content/content-index';
import type { SiteConfig } from '../content/site-config-schema';
import { formatIsoInZone, formatTimeOfDay } from '../dates/format-date';
import { HEADLINE_LENGTH } from '../content/find-content-warnings';
import { STANDING_PAGES, type StandingPageSlug } from '../content/standing-pages';
import { truncateAtWord } from '../text/truncate';

export interface Crumb {
  name: string;
  path?: string;
}

const absolute = (site: SiteConfig, path: string) => new URL(path, `${site.url}/`).href;

/** The organisation's id: every page's publisher points at the one NewsMediaOrganization. */
const organizationId = (site: SiteConfig) => `${site.url}/#organization`;

/** The publisher as a story names it: the organisation's `@id`, name and logo. */
export function publisherJsonLd(site: SiteConfig) {
  return {
    '@type': 'NewsMediaOrganization',
    '@id': organizationId(site),
    name: site.name,
    url: `${site.url}/`,
    ...(site.logo && { logo: { '@type': 'ImageObject', url: absolute(site, site.logo) } }),
  };
}

/**
 * The newsroom as schema.org `NewsMediaOrganization`, for the home and about pages: its profiles
 * elsewhere, its contact point, and each transparency page it has (ethics and corrections policies,
 * masthead, ownership and funding, how to reach it), from site.yaml and content/pages/.
 */
export function organizationJsonLd(site: SiteConfig, has: (slug: StandingPageSlug) => boolean = () => false) {
  const pageUrl = (slug: StandingPageSlug) => (has(slug) ? absolute(site, `/${slug}`) : undefined);
  const policies = Object.fromEntries(
    STANDING_PAGES.flatMap((page) => {
      const url = page.property && pageUrl(page.slug);
      return url ? [[page.property, url]] : [];
    }),
  );
  const ethics = pageUrl('ethics-policy');
  const contact = pageUrl('contact');
  return {
    ...publisherJsonLd(site),
    description: site.description,
    ...(site.sameAs?.length ? { sameAs: site.sameAs } : {}),
    ...policies,
    ...(ethics && { publishingPrinciples: ethics }),
    ...((contact || site.email) && {
      contactPoint: {
        '@type': 'ContactPoint',
        contactType: 'newsroom',
        ...(site.email && { email: site.email }),
        ...(contact && { url: contact }),
      },
    }),
  };
}

/** An author as schema.org `Person`: their page, role, profiles elsewhere and the organisation they work for. */
export function personJsonLd(site: SiteConfig, author: Author) {
  return {
    '@type': 'Person',
    name: author.name,
    url: absolute(site, `/authors/${author.id}`),
    jobTitle: author.jobTitle ?? author.role,
    description: author.bio,
    ...(author.avatar && { image: absolute(site, author.avatar) }),
    ...(author.sameAs?.length ? { sameAs: author.sameAs } : {}),
    ...(author.expertise && { knowsAbout: author.expertise }),
    worksFor: { '@id': organizationId(site) },
  };
}

/**
 * `NewsArticle` with Google's required and recommended properties, as the schema.org subtype of the
 * story's type (ReportageNewsArticle, OpinionNewsArticle…), with what a review reviews and who paid
 * for sponsored content; its images are the photo's three crops, or the headline card (article-images.ts).
 */
export function newsArticleJsonLd(index: ContentIndex, article: Article) {
  const { site } = index;
  const url = absolute(site, articlePath(article));
  const corrections = article.corrections.filter(isOnRecord);
  return {
    '@context': 'https://schema.org',
    '@type': schemaTypeOf(article.type),
    headline: truncateAtWord(article.title, HEADLINE_LENGTH),
    description: article.summary,
    image: schemaImagePaths(article).map((p) => absolute(site, p)),
    datePublished: formatIsoInZone(article.date, site.timeZone),
    dateModified: formatIsoInZone(lastModified(article), site.timeZone),
    author: article.authors.flatMap((id) => {
      const author = index.authors.get(id);
      return author ? [personJsonLd(site, author)] : [];
    }),
    publisher: publisherJsonLd(site),
    mainEntityOfPage: { '@type': 'WebPage', '@id': url },
    url,
    articleSection: index.sections.find((s) => s.slug === article.section)?.name ?? article.section,
    keywords: article.tags.map((t) => t.name),
    wordCount: article.wordCount,
    inLanguage: site.language,
    ...(article.reviewed && {
      itemReviewed: { '@type': article.reviewed.type, name: article.reviewed.name },
    }),
    ...(article.sponsor && { sponsor: { '@type': 'Organization', name: article.sponsor } }),
    ...(corrections.length > 0 && {
      correction: corrections.map((note) => ({
        '@type': 'CorrectionComment',
        datePublished: formatIsoInZone(note.date, site.timeZone),
        text: note.text,
      })),
    }),
  };
}

/**
 * A live story's `LiveBlogPosting` (Google's live-blog markup): the article's fields, when the
 * coverage started and (once ended) stopped, and the updates on this page as `BlogPosting` items,
 * each with its text and its anchor.
 */
export function liveBlogJsonLd(
  index: ContentIndex,
  coverage: LiveCoverage,
  shown: readonly LiveUpdate[],
  pagePath: string,
) {
  const { site } = index;
  const { story } = coverage;
  const at = (iso: string) => formatIsoInZone(iso, site.timeZone);
  const authorsOf = (ids: readonly string[]) =>
    ids.flatMap((id) => {
      const author = index.authors.get(id);
      return author ? [personJsonLd(site, author)] : [];
    });
  return {
    ...newsArticleJsonLd(index, story),
    '@type': 'LiveBlogPosting',
    dateModified: at(coverage.lastUpdated),
    coverageStartTime: at(story.date),
    ...(coverage.coverageEnd && { coverageEndTime: at(coverage.coverageEnd) }),
    liveBlogUpdate: shown.map((update) => ({
      '@type': 'BlogPosting',
      headline: truncateAtWord(
        updateHeading(update, formatTimeOfDay(update.time, site.timeZone, site.language)),
        HEADLINE_LENGTH,
      ),
      image: update.images[0]
        ? [absolute(site, update.images[0].src)]
        : schemaImagePaths(story).map((p) => absolute(site, p)),
      datePublished: at(update.time),
      // An update's file may be edited, but its time is when it was posted; no later time is recorded.
      dateModified: at(update.time),
      articleBody: update.text,
      author: authorsOf(update.authors),
      url: absolute(site, `${pagePath}#update-${update.id}`),
    })),
  };
}

/** A `BreadcrumbList` matching the visible breadcrumb; the last crumb, the page itself, has no link. */
export function breadcrumbJsonLd(site: SiteConfig, crumbs: readonly Crumb[]) {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      ...(crumb.path && { item: absolute(site, crumb.path) }),
    })),
  };
}

/** The home page's `WebSite`, with a `SearchAction` for /search?q=, and its publisher. */
export function websiteJsonLd(site: SiteConfig, has?: (slug: StandingPageSlug) => boolean) {
  return {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        '@id': `${site.url}/#website`,
        name: site.name,
        description: site.description,
        url: `${site.url}/`,
        inLanguage: site.language,
        publisher: { '@id': `${site.url}/#organization` },
        potentialAction: {
          '@type': 'SearchAction',
          target: { '@type': 'EntryPoint', urlTemplate: `${site.url}/search?q={search_term_string}` },
          'query-input': 'required name=search_term_string',
        },
      },
      organizationJsonLd(site, has),
    ] as const,
  };
}

/** An author page as `ProfilePage` whose main entity is the `Person`. */
export function profilePageJsonLd(site: SiteConfig, author: Author) {
  return {
    '@context': 'https://schema.org',
    '@type': 'ProfilePage',
    url: absolute(site, `/authors/${author.id}`),
    mainEntity: personJsonLd(site, author),
  };
}
