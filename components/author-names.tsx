import { Fragment } from 'react';
import type { ArticleSummary } from '@/lib/content/article-summary';

/**
 * Authors as links joined the way a byline reads: "A", "A and B", "A, B and C"; with `roles`, each
 * followed by their role ("A, Business correspondent and B, Data editor"; three or more are set apart
 * by semicolons), as an article's byline says who they are.
 */
export function AuthorNames({
  authors,
  roles = false,
}: {
  authors: ArticleSummary['authors'];
  roles?: boolean;
}) {
  const withRoles = roles && authors.some((author) => author.role);
  const between = withRoles ? '; ' : ', ';
  return authors.map((author, i) => (
    <Fragment key={author.id}>
      {i > 0 && (i === authors.length - 1 ? (withRoles && authors.length > 2 ? '; and ' : ' and ') : between)}
      <a href={author.href} rel="author">
        {author.name}
      </a>
      {withRoles && author.role && <span className="byline-role">, {author.role}</span>}
    </Fragment>
  ));
}
