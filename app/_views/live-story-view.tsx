import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ArticleBody } from '@/components/article-body';
import { AuthorNames } from '@/components/author-names';
import { Breadcrumb } from '@/components/breadcrumb';
import { CorrectionNotes, CorrectionNotice } from '@/components/correction-notes';
import { ShareLinks } from '@/components/share-links';
import { JsonLd } from '@/components/json-ld';
import { LeadImage } from '@/components/lead-image';
import { LiveUpdateEntry } from '@/components/live-update-entry';
import { RelatedArticles } from '@/components/related-articles';
import {
  findRelated,
  getAudience,
  getContentIndex,
  loadArticleBodyTree,
  routeFor,
  sizedImage,
  summarizeArticle,
} from '@/lib/content';
import {
  formatDisplayDate,
  formatDisplayDateTime,
  formatIsoInZone,
  formatTimeOfDay,
} from '@/lib/dates/format-date';
import { authorLinks } from '@/lib/content/article-summary';
import { LIVE_REFRESH_SCRIPT } from '@/lib/live/live-refresh-script.mjs';
import { neighbours, pageOfUpdate, updatesOnPage } from '@/lib/live/update-pages';
import { breadcrumbJsonLd, liveBlogJsonLd } from '@/lib/seo/json-ld';
import { pageMetadata } from './page-metadata';

/**
 * How long a live page is kept, in seconds, by Next.js, the server's microcache and CDNs: a new
 * update is read from its folder (at most every 2 s, lib/live/live-desk.ts) when the page is next
 * rendered, so a reader sees it within about 2 + 5 s; every other page keeps its minute.
 */
export const LIVE_REVALIDATE = 5;

/** The live story and page a path names, as the router says; proxy.ts has already sent misses away. */
async function resolve(section: string, slug: string, page?: string) {
  const route = await routeFor(`/${section}/${slug}${page ? `/page/${page}` : ''}`);
  if (route.kind !== 'article' || route.article.type !== 'live') notFound();
  const index = await getContentIndex();
  const coverage = index.live?.coverage(route.article.slug);
  const shown = coverage && updatesOnPage(coverage.updates, route.page);
  if (!coverage || !shown) notFound();
  const summary = summarizeArticle(index, route.article);
  const path = route.page ? `${summary.href}/page/${route.page}` : summary.href;
  return { index, story: route.article, coverage, shown, summary, page: route.page, path };
}

export async function liveStoryMetadata(section: string, slug: string, page?: string): Promise<Metadata> {
  const { index, story, summary, coverage, path } = await resolve(section, slug, page);
  const base = pageMetadata(index.site, {
    title: page ? `${story.title}: older updates, page ${page}` : story.title,
    description: story.summary,
    path,
    feedList: { path: summary.href, title: `${story.title} (live updates)` },
  });
  return {
    ...base,
    authors: summary.authors.map((a) => ({ name: a.name, url: a.href })),
    openGraph: {
      ...base.openGraph,
      type: 'article',
      publishedTime: story.date,
      modifiedTime: coverage.lastUpdated,
      section: summary.section.name,
      tags: story.tags.map((t) => t.name),
    },
  };
}

/**
 * A live story: its headline and status, the pinned update and the key events, then the updates
 * newest first, twenty to thirty-nine on the story's URL and twenty on each older page. Everything
 * is in the HTML: a reader without JavaScript reloads with "Show latest updates".
 */
export async function LiveStoryView({
  section,
  slug,
  page: pageParam,
}: {
  section: string;
  slug: string;
  page?: string;
}) {
  const { index, story, coverage, shown, summary, page, path } = await resolve(section, slug, pageParam);
  const { site } = index;
  const { timeZone, language } = site;
  const total = coverage.updates.length;
  const image = sizedImage(story.image);
  const latestDay = formatDisplayDate(coverage.lastUpdated, timeZone);
  const permalink = (id: string) => `${summary.href}/updates/${id}`;
  // A key event's link goes straight to its anchor when it is on this page, else to its page.
  const anchorOf = (id: string) => {
    const at = coverage.updates.findIndex((u) => u.id === id);
    const onPage = pageOfUpdate(total, at);
    const target = onPage ? `${summary.href}/page/${onPage}` : summary.href;
    return target === path ? `#update-${id}` : `${target}#update-${id}`;
  };
  const keyEvents = coverage.updates.filter((u) => u.key);
  const crumbs = [
    { name: 'Home', path: '/' },
    { name: summary.section.name, path: summary.section.href },
    { name: story.title },
  ];
  const { newer, older } = neighbours(total, page);
  const ended = story.live?.status === 'ended';
  // New updates are announced on the story's own URL while it is live; older pages never change.
  const watching = !ended && page === undefined;
  const entry = (update: (typeof shown)[number], pinnedCopy = false) => (
    <LiveUpdateEntry
      update={update}
      authors={authorLinks(index, update.authors)}
      permalink={permalink(update.id)}
      timeZone={timeZone}
      language={language}
      latestDay={latestDay}
      pinnedCopy={pinnedCopy}
    />
  );
  return (
    <article className="article live-story">
      <JsonLd
        data={liveBlogJsonLd(index, coverage, shown, path)}
      />
      <JsonLd data={breadcrumbJsonLd(site, crumbs)} />
      <Breadcrumb crumbs={crumbs.map((c) => ({ name: c.name, href: c.path }))} />
      <header className="article-header">
        <p className="live-status">
          {ended ? (
            <span className="live-label live-label-ended">Ended</span>
          ) : (
            <span className="live-label live-label-live">Live</span>
          )}{' '}
          {/* The time alone when it is today's, as a reader expects of a running story; else with its date. */}
          {ended ? 'Coverage ended ' : 'Last updated '}
          <time dateTime={formatIsoInZone(coverage.lastUpdated, timeZone)}>
            {ended || latestDay !== formatDisplayDate(getAudience().now.toISOString(), timeZone)
              ? formatDisplayDateTime(coverage.lastUpdated, timeZone, language)
              : formatTimeOfDay(coverage.lastUpdated, timeZone, language)}
          </time>
        </p>
        <h1>{story.title}</h1>
        <p className="standfirst">{story.summary}</p>
        <div className="byline">
          <p className="byline-authors">
            by <AuthorNames authors={summary.authors} />
          </p>
          <p className="byline-meta">
            Started{' '}
            <time dateTime={formatIsoInZone(story.date, timeZone)}>
              {formatDisplayDateTime(story.date, timeZone, language)}
            </time>
            {' · '}
            {total} {total === 1 ? 'update' : 'updates'}
          </p>
        </div>
        <CorrectionNotice corrections={story.corrections} timeZone={timeZone} />
      </header>
      {page === undefined && image && <LeadImage image={image} />}
      {page === undefined && (
        <ArticleBody tree={loadArticleBodyTree(index, story)} images={story.bodyImages} />
      )}
      {page === undefined && coverage.pinned && (
        <section className="live-pinned" aria-labelledby="pinned-heading">
          <h2 id="pinned-heading">Pinned</h2>
          {entry(coverage.pinned, true)}
        </section>
      )}
      {keyEvents.length > 0 && (
        <nav className="key-events" aria-labelledby="key-events-heading">
          <h2 id="key-events-heading">Key events</h2>
          <ol>
            {keyEvents.map((u) => (
              <li key={u.id}>
                <a href={anchorOf(u.id)}>
                  <time dateTime={formatIsoInZone(u.time, timeZone)}>
                    {formatTimeOfDay(u.time, timeZone, language)}
                  </time>{' '}
                  {u.title ?? u.text.slice(0, 120)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <section className="live-updates" aria-labelledby="updates-heading">
        <h2 id="updates-heading">{page ? `Older updates, page ${page}` : 'Latest updates'}</h2>
        <p className="live-refresh">
          <a href={summary.href}>{page ? 'Back to the latest updates' : 'Show latest updates'}</a>
        </p>
        {/* Where the script below says that new updates have come; empty without it. */}
        {watching && <p className="live-notice" role="status" aria-live="polite" data-live-notice />}
        {shown.length === 0 ? (
          <p>No updates yet: the first will appear here.</p>
        ) : (
          <ol className="live-update-list">
            {shown.map((update) => (
              <li key={update.id}>{entry(update)}</li>
            ))}
          </ol>
        )}
      </section>
      {(newer || older) && (
        <nav aria-label="Pages of updates" className="pagination">
          {newer ? (
            <a href={newer === 'latest' ? summary.href : `${summary.href}/page/${newer}`} rel="prev">
              ← Newer updates
            </a>
          ) : (
            <span />
          )}
          {older ? (
            <a href={`${summary.href}/page/${older}`} rel="next">
              Older updates →
            </a>
          ) : (
            <span />
          )}
        </nav>
      )}
      <CorrectionNotes corrections={story.corrections} timeZone={timeZone} />
      <ShareLinks url={new URL(summary.href, `${site.url}/`).href} title={story.title} />
      <p className="print-only">{new URL(summary.href, `${site.url}/`).href}</p>
      <RelatedArticles
        articles={findRelated(index, story, getAudience()).map((a) => summarizeArticle(index, a))}
        timeZone={timeZone}
      />
      {/* The site's only script, allowed by its hash on this page alone (lib/live/live-refresh-script.mjs). */}
      {watching && <script dangerouslySetInnerHTML={{ __html: LIVE_REFRESH_SCRIPT }} />}
    </article>
  );
}
