import { getContentIndex } from '@/lib/content';
import { MAX_QUERY_LENGTH } from '@/lib/search/clean-query';

export const metadata = { title: 'Page not found', robots: { index: false } };

/** The site's 404: says what happened and offers the ways on. */
export default async function NotFound() {
  const { sections } = await getContentIndex();
  return (
    <div className="not-found">
      <h1>We couldn’t find that page</h1>
      <p>
        The address may be mistyped, or the story may have moved. Try the home page, a section or a search.
      </p>
      <ul>
        <li>
          <a href="/">Home page</a>
        </li>
        {sections.map((s) => (
          <li key={s.slug}>
            <a href={`/${s.slug}`}>{s.name}</a>
          </li>
        ))}
      </ul>
      <form action="/search" method="get" role="search" aria-label="Find a story">
        <label htmlFor="not-found-search">Search the site</label>
        <input id="not-found-search" type="search" name="q" maxLength={MAX_QUERY_LENGTH} />
        <button type="submit">Search</button>
      </form>
    </div>
  );
}
