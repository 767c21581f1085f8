import type { Metadata } from 'next';
import { pageMetadata } from '../_views/page-metadata';
import { getAudience, getContentIndex, visibleArticles } from '@/lib/content';

export const revalidate = 60;
export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContentIndex();
  return pageMetadata(site, {
    title: 'Our journalists',
    description: 'The reporters and editors who write for us.',
    path: '/authors',
  });
}

export default async function AuthorIndexPage() {
  const index = await getContentIndex();
  const audience = getAudience();
  const authors = [...index.authors.values()].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <header className="page-header">
        <h1>Our journalists</h1>
      </header>
      <ul className="term-list">
        {authors.map((author) => {
          const count = visibleArticles(index.byAuthor.get(author.id), audience).length;
          return (
            <li key={author.id}>
              <a href={`/authors/${author.id}`}>{author.name}</a>, {author.role}{' '}
              <span className="meta">
                ({count} {count === 1 ? 'story' : 'stories'})
              </span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
