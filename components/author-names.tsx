import { Fragment } from 'react';
import type { ArticleSummary } from '@/lib/content/article-summary';

/** Authors as links joined the way a byline reads: "A", "A and B", "A, B and C". */
export function AuthorNames({ authors }: { authors: ArticleSummary['authors'] }) {
  return authors.map((author, i) => (
    <Fragment key={author.id}>
      {i > 0 && (i === authors.length - 1 ? ' and ' : ', ')}
      <a href={author.href} rel="author">
        {author.name}
      </a>
    </Fragment>
  ));
}
