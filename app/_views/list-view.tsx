import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { Listing } from '@/components/listing';
import { type Article, type ContentIndex, summarizeArticle } from '@/lib/content';
import { pagePath, parsePageNumber } from '@/lib/lists/paginate';
import { selectPage } from '@/lib/lists/select-page';
import { pageMetadata } from './page-metadata';

export interface ListSpec {
  index: ContentIndex;
  /** Newest first, already filtered for the audience. */
  articles: Article[];
  basePath: string;
  heading: ReactNode;
  intro?: ReactNode;
  withLead?: boolean;
}

/**
 * Reads the `[page]` segment of a paginated list URL: 404 for anything but a number from 2 up
 * (next.config.mjs redirects `/page/1` to the list's own URL, so each page has one address).
 */
export function readPageParam(value: string): number {
  const page = parsePageNumber(value);
  if (page === undefined || page === 1) notFound();
  return page;
}

/** Renders one page of a list, or the 404 page for a page past the end. */
export function ListView({ spec, page }: { spec: ListSpec; page: number }) {
  const selected = selectPage(spec.articles, page, spec.withLead ?? false);
  if (!selected) notFound();
  const summarize = (a: Article) => summarizeArticle(spec.index, a);
  return (
    <Listing
      heading={spec.heading}
      intro={spec.intro}
      lead={selected.lead && summarize(selected.lead)}
      articles={selected.items.map(summarize)}
      basePath={spec.basePath}
      page={selected.page}
      pageCount={selected.pageCount}
      timeZone={spec.index.site.timeZone}
    />
  );
}

/** Metadata of one page of a list; `feedList` names the list whose feeds the page advertises. */
export function listMetadata(
  spec: ListSpec,
  title: string,
  description: string,
  page: number,
  feedTitle?: string,
): Metadata {
  const feedList = feedTitle ? { path: spec.basePath, title: feedTitle } : undefined;
  return pageMetadata(spec.index.site, {
    title: page > 1 ? `${title} (page ${page})` : title,
    description,
    path: pagePath(spec.basePath, page),
    feedList,
  });
}
