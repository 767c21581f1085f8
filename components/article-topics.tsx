import type { Tag } from '@/lib/content/article';

/** A story's topics after its body, by their names, each linking to its page (and feeds). */
export function ArticleTopics({ tags }: { tags: readonly Tag[] }) {
  if (tags.length === 0) return null;
  return (
    <nav aria-labelledby="topics-heading" className="article-topics">
      <h2 id="topics-heading">Topics</h2>
      <ul>
        {tags.map((tag) => (
          <li key={tag.slug}>
            <a href={`/tags/${tag.slug}`}>{tag.name}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
