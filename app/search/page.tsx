import type { Metadata } from 'next';
import { Pagination } from '@/components/pagination';
import { SearchFilterFields } from '@/components/search-filters';
import { SearchResults } from '@/components/search-results';
import { getAudience, getContentIndex, summarizeArticle } from '@/lib/content';
import { notFound } from 'next/navigation';
import { PAGE_SIZE, paginate, parsePageNumber } from '@/lib/lists/paginate';
import { cleanQuery, MAX_QUERY_LENGTH } from '@/lib/search/clean-query';
import { excerpt, highlight } from '@/lib/search/highlight';
import { queryTerms } from '@/lib/search/query-terms';
import { searchArticles, suggestQuery } from '@/lib/search/search-articles';
import {
  applySearchFilters,
  isFiltered,
  parseSearchFilters,
  searchQueryString,
} from '@/lib/search/search-filters';
import { pageMetadata } from '../_views/page-metadata';

export async function generateMetadata(props: PageProps<'/search'>): Promise<Metadata> {
  const query = cleanQuery((await props.searchParams).q);
  const { site } = await getContentIndex();
  const metadata = pageMetadata(site, {
    title: query ? `Search: ${query}` : 'Search',
    description: `Search every story in ${site.name}.`,
    path: '/search',
  });
  // Result pages are thin and endless; crawlers should follow them, not index them.
  return { ...metadata, robots: { index: false, follow: true } };
}

export default async function SearchPage(props: PageProps<'/search'>) {
  const params = await props.searchParams;
  const query = cleanQuery(params.q);
  const index = await getContentIndex();
  const audience = getAudience();
  const filters = parseSearchFilters(params, index);
  const matches = query ? await searchArticles(index, query, audience) : [];
  const { hits, facets } = applySearchFilters(matches, filters, index);
  const page = paginate(hits, parsePageNumber(params.page) ?? 1);
  if (!page) notFound();
  // Only a search that found nothing as typed pays for a suggestion.
  const corrected = matches.length === 0 || (matches[0]?.terms.length ?? 0) > queryTerms(query).length;
  const suggestion = query && corrected ? await suggestQuery(index, query, audience) : undefined;
  const results = page.items.map((hit) => ({
    article: summarizeArticle(index, hit.article),
    title: highlight(hit.article.title, hit.terms),
    snippet: highlight(excerpt(hit.text || hit.article.summary, hit.terms), hit.terms),
  }));
  const narrowed = isFiltered(filters);
  return (
    <div className="search-page">
      <header className="page-header">
        <h1>{query ? `Search results for “${query}”` : 'Search'}</h1>
      </header>
      <form action="/search" method="get" role="search" aria-label="Search again" className="search-form">
        <p className="search-query">
          <label htmlFor="search-page-q">Search for</label>
          <input
            id="search-page-q"
            type="search"
            name="q"
            defaultValue={query}
            maxLength={MAX_QUERY_LENGTH}
          />
          <button type="submit">Search</button>
        </p>
        {query && <SearchFilterFields facets={facets} filters={filters} />}
      </form>
      {!query && (
        <p>
          Type a few words: a name, a place or a topic. Searches match the start of words and forgive small
          typos.
        </p>
      )}
      {suggestion && (
        <p className="search-suggestion">
          Did you mean <a href={`/search?${searchQueryString(suggestion, filters)}`}>{suggestion}</a>?
        </p>
      )}
      {query && hits.length === 0 && (
        <p>
          No stories match “{query}”{narrowed && ' with these filters'}.{' '}
          {narrowed && matches.length > 0 ? (
            <>
              <a href={`/search?${searchQueryString(query, { sort: filters.sort })}`}>
                See all {matches.length} {matches.length === 1 ? 'match' : 'matches'}
              </a>
              .
            </>
          ) : (
            <>
              Check the spelling, try fewer or more general words, or browse the{' '}
              <a href="/archive">archive</a>.
            </>
          )}
        </p>
      )}
      {hits.length > 0 && (
        <>
          <p role="status">
            {hits.length} {hits.length === 1 ? 'story matches' : 'stories match'}
            {filters.sort === 'newest' ? ', newest first' : ''}.
          </p>
          <SearchResults
            results={results}
            start={(page.page - 1) * PAGE_SIZE + 1}
            timeZone={index.site.timeZone}
          />
          <Pagination
            basePath="/search"
            page={page.page}
            pageCount={page.pageCount}
            query={searchQueryString(query, filters)}
          />
        </>
      )}
    </div>
  );
}
