import type { Metadata } from 'next';
import { pageMetadata } from '../_views/page-metadata';
import { getAudience, getContentIndex, visibleArticles } from '@/lib/content';
import { countTags } from '@/lib/lists/count-tags';

export const revalidate = 60;
export async function generateMetadata(): Promise<Metadata> {
  const { site } = await getContentIndex();
  return pageMetadata(site, {
    title: 'Topics',
    description: 'Every topic we cover, with the number of stories on each.',
    path: '/tags',
  });
}

export default async function TagIndexPage() {
  const index = await getContentIndex();
  const tags = countTags(visibleArticles(index.articles, getAudience()));
  return (
    <>
      <header className="page-header">
        <h1>Topics</h1>
        <p>Every topic we cover, most covered first.</p>
      </header>
      <ul className="term-list">
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={`/tags/${tag.slug}`}>{tag.name}</a>{' '}
            <span className="meta">
              ({tag.count} {tag.count === 1 ? 'story' : 'stories'})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
