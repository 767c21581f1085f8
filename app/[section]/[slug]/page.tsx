import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { ArticleByline } from '@/components/article-byline';
import { ArticleTopics } from '@/components/article-topics';
import { Breadcrumb } from '@/components/breadcrumb';
import { CorrectionNotes, CorrectionNotice } from '@/components/correction-notes';
import { JsonLd } from '@/components/json-ld';
import { LeadImage } from '@/components/lead-image';
import { RelatedArticles } from '@/components/related-articles';
import { SeriesNav } from '@/components/series-nav';
import { ShareLinks } from '@/components/share-links';
import { TableOfContents } from '@/components/table-of-contents';
import { tableOfContents } from '@/lib/markdown/table-of-contents';
import { TypeLabel } from '@/components/type-label';
import {
  findRelated,
  getAudience,
  getContentIndex,
  loadArticleBodyTree,
  routeFor,
  sizedImage,
  summarizeArticle,
  visibleArticles,
} from '@/lib/content';
import { lastModified } from '@/lib/content/last-modified';
import { ageNotice } from '@/lib/dates/age-notice';
import { followUps } from '@/lib/lists/follow-ups';
import { seriesPosition } from '@/lib/lists/series-parts';
import { isUnpublished } from '@/lib/content/visibility';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { socialImage } from '@/lib/images/article-images';
import { pageMetadata } from '../../_views/page-metadata';

export const revalidate = 60;

// Only the newest articles are rendered at build time; the rest render on first request and are then
// served from the cache, so builds stay flat as the archive grows.
const PRERENDERED_ARTICLES = 50;

export async function generateStaticParams() {
  const index = await getContentIndex();
  // A live story is served by app/%5Flive (proxy.ts rewrites it there), never by this route.
  return visibleArticles(index.articles, getAudience())
    .filter((a) => a.type !== 'live')
    .slice(0, PRERENDERED_ARTICLES)
    .map((a) => ({ section: a.section, slug: a.slug }));
}

/** The article a URL names, as the router says; proxy.ts has already answered redirects and misses. */
async function resolve(props: PageProps<'/[section]/[slug]'>) {
  const { section, slug } = await props.params;
  const route = await routeFor(`/${section}/${slug}`);
  if (route.kind !== 'article') notFound();
  const { article } = route;
  const index = await getContentIndex();
  const summary = summarizeArticle(index, article);
  const crumbs = [
    { name: 'Home', path: '/' },
    { name: summary.section.name, path: summary.section.href },
    { name: article.title },
  ];
  return { index, article, summary, crumbs };
}

export async function generateMetadata(props: PageProps<'/[section]/[slug]'>): Promise<Metadata> {
  const { index, article, summary } = await resolve(props);
  const { site } = index;
  // The photo, cut to 1200×630, where there is one; else the headline card (opengraph-image.tsx).
  const social = socialImage(article);
  const base = pageMetadata(site, {
    title: article.title,
    description: article.summary,
    path: summary.href,
    feedList: { path: summary.section.href, title: summary.section.name },
  });
  return {
    ...base,
    authors: summary.authors.map((a) => ({ name: a.name, url: a.href })),
    // Unset for a published story, so the layout's (large image previews) applies.
    ...(article.draft && { robots: { index: false } }),
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: article.date,
      modifiedTime: lastModified(article),
      section: summary.section.name,
      tags: article.tags.map((t) => t.name),
      authors: summary.authors.map((a) => new URL(a.href, `${site.url}/`).href),
      ...(social && { images: [social] }),
    },
    ...(social && { twitter: { ...base.twitter, images: [social] } }),
  };
}

export default async function ArticlePage(props: PageProps<'/[section]/[slug]'>) {
  const { index, article, summary, crumbs } = await resolve(props);
  const audience = getAudience();
  const related = findRelated(index, article, audience).map((a) => summarizeArticle(index, a));
  const later = followUps(index, article, audience).map((a) => summarizeArticle(index, a));
  const age = ageNotice(article, audience.now, index.site.ageNoticeMonths);
  const thread = seriesPosition(index, article, audience);
  const body = loadArticleBodyTree(index, article);
  const image = sizedImage(article.image);
  const { site } = index;
  const canonical = new URL(summary.href, `${site.url}/`).href;
  return (
    <article
      className={
        summary.opinion
          ? 'article article-opinion'
          : summary.sponsored
            ? 'article article-sponsored'
            : 'article'
      }
    >
      <JsonLd data={newsArticleJsonLd(index, article)} />
      <JsonLd data={breadcrumbJsonLd(site, crumbs)} />
      <Breadcrumb crumbs={crumbs.map((c) => ({ name: c.name, href: c.path }))} />
      {isUnpublished(article, audience.now) && (
        <p className="draft-banner">
          {article.draft ? 'Draft' : 'Scheduled'}: readers cannot see this article yet. It is shown only in
          preview.
        </p>
      )}
      <header className="article-header">
        {summary.label && (
          <p className="article-label">
            <TypeLabel article={summary} />
          </p>
        )}
        {article.sponsor && (
          <p className="sponsor-note">
            {article.sponsor} paid for this article. It was not written or edited by our newsroom.
          </p>
        )}
        {age && <p className="age-notice">{age}</p>}
        <h1>{article.title}</h1>
        <p className="standfirst">{article.summary}</p>
        <ArticleByline article={summary} timeZone={site.timeZone} language={site.language} />
        <CorrectionNotice corrections={article.corrections} timeZone={site.timeZone} />
        {thread && (
          <SeriesNav
            series={thread}
            previous={thread.previous && summarizeArticle(index, thread.previous)}
            next={thread.next && summarizeArticle(index, thread.next)}
          />
        )}
      </header>
      <TableOfContents entries={tableOfContents(body)} />
      {image && <LeadImage image={image} />}
      <ArticleBody
        tree={body}
        images={article.bodyImages}
        outboundRel={article.type === 'sponsored' ? 'sponsored noopener' : undefined}
      />
      <ArticleTopics tags={article.tags} />
      <CorrectionNotes corrections={article.corrections} timeZone={site.timeZone} />
      <ShareLinks url={canonical} title={article.title} />
      <p className="print-only">{canonical}</p>
      <RelatedArticles
        articles={later}
        timeZone={site.timeZone}
        heading="Follow-ups"
        id="follow-ups-heading"
      />
      <RelatedArticles articles={related} timeZone={site.timeZone} />
    </article>
  );
}
