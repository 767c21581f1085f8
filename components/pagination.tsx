import { pagePath } from '@/lib/lists/paginate';

interface Props {
  basePath: string;
  page: number;
  pageCount: number;
  /** Extra query string for every page link, e.g. `q=rail` on search results. */
  query?: string;
}

/** Previous and next links with "Page 2 of 5"; nothing when everything fits on one page. */
export function Pagination({ basePath, page, pageCount, query }: Props) {
  if (pageCount <= 1) return null;
  const href = (n: number) =>
    query ? `${basePath}?${query}${n > 1 ? `&page=${n}` : ''}` : pagePath(basePath, n);
  return (
    <nav aria-label="Pagination" className="pagination">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← Newer
        </a>
      ) : (
        <span />
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next">
          Older →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
