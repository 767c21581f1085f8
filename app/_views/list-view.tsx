import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { AuthorProfile } from '@/components/author-profile';
import { Listing } from '@/components/listing';
import {
  type Article,
  type ContentIndex,
  getContentIndex,
  type ListRoute,
  routeFor,
  summarizeArticle,
} from '@/lib/content';
import { formatMonth } from '@/lib/dates/format-date';
import { pagePath } from '@/lib/lists/paginate';
import { selectPage } from '@/lib/lists/select-page';
import { pageMetadata } from './page-metadata';

/** A page of a list, as the router found it. */
export interface ListPage {
  index: ContentIndex;
  list: ListRoute;
  page: number;
}

/**
 * The list page a path names: the router decides (proxy.ts has already answered a path that is
 * missing or redirects), and this renders the 404 page for anything else.
 */
export async function resolveList(pathname: string): Promise<ListPage> {
  const route = await routeFor(pathname);
  if (route.kind !== 'list') notFound();
  return { index: await getContentIndex(), list: route.list, page: route.page };
}

/** How a list names itself: heading, title, description, and the title its feeds carry. */
export function describeList({ index, list }: Pick<ListPage, 'index' | 'list'>) {
  const { name } = list;
  switch (name.type) {
    case 'home':
      return {
        heading: 'Latest news',
        title: 'Latest news',
        description: index.site.description,
        feedTitle: undefined,
      };
    case 'section':
      return {
        heading: name.section.name,
        title: name.section.name,
        description: name.section.description,
        intro: name.section.description,
        feedTitle: name.section.name,
      };
    case 'tag': {
      const about = index.topics.get(name.tag.slug)?.description;
      return {
        heading: `Topic: ${name.tag.name}`,
        title: `${name.tag.name}: latest news`,
        description: about ?? `Every story about ${name.tag.name}, newest first.`,
        ...(about && { intro: about }),
        feedTitle: name.tag.name,
      };
    }
    case 'author':
      return {
        heading: name.author.name,
        title: name.author.name,
        description: `${name.author.role}. ${name.author.bio}`,
        feedTitle: name.author.name,
      };
    case 'opinion':
      return {
        heading: 'Opinion',
        title: 'Opinion',
        description: `Comment, ${index.site.name} editorials and readers’ letters: argument, labelled as such and kept apart from our reporting.`,
        intro:
          'Comment, our editorials and readers’ letters: argument, labelled as such and kept apart from our reporting.',
        feedTitle: 'Opinion',
      };
    case 'month': {
      const month = formatMonth(`${name.year}-${name.month}`);
      return {
        heading: `Archive: ${month}`,
        title: `Archive: ${month}`,
        description: `Every story published in ${month}.`,
        feedTitle: undefined,
      };
    }
  }
}

/** Renders one page of a list. */
export function ListView({ index, list, page }: ListPage) {
  const selected = selectPage(list.articles, page, list.withLead);
  if (!selected) notFound();
  const summarize = (a: Article) => summarizeArticle(index, a);
  const { heading, intro } = { intro: undefined, ...describeList({ index, list }) };
  return (
    <Listing
      heading={heading}
      intro={list.name.type === 'author' ? <AuthorProfile author={list.name.author} /> : intro}
      lead={selected.lead && summarize(selected.lead)}
      articles={selected.items.map(summarize)}
      basePath={list.basePath}
      page={selected.page}
      pageCount={selected.pageCount}
      timeZone={index.site.timeZone}
    />
  );
}

/** Metadata of one page of a list, advertising the list's own feeds where it has them. */
export function listMetadata({ index, list, page }: ListPage): Metadata {
  const { title, description, feedTitle } = describeList({ index, list });
  return pageMetadata(index.site, {
    title: page > 1 ? `${title} (page ${page})` : title,
    description,
    path: pagePath(list.basePath, page),
    feedList: feedTitle ? { path: list.basePath, title: feedTitle } : undefined,
  });
}
