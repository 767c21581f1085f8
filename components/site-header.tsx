import { BreakingBanner } from './breaking-banner';
import { MAX_QUERY_LENGTH } from '@/lib/search/clean-query';

interface Props {
  siteName: string;
  sections: { slug: string; name: string }[];
  /** Lists across sections shown after them (Opinion). */
  lists?: { href: string; name: string }[];
  /** The breaking-news banner, shown above the masthead (after the skip link, which stays first). */
  breaking?: { text: string; link: string };
}

/**
 * The masthead on every page: skip link, site name, sections in their configured order (then lists
 * across them, such as Opinion), and search.
 */
export function SiteHeader({ siteName, sections, lists = [], breaking }: Props) {
  return (
    <header className="site-header">
      <a href="#main" className="skip-link">
        Skip to main content
      </a>
      {breaking && <BreakingBanner text={breaking.text} href={breaking.link} />}
      <div className="masthead">
        <a href="/" className="site-name">
          {siteName}
        </a>
        <form action="/search" method="get" role="search" aria-label="Site" className="search-form">
          <label htmlFor="site-search" className="visually-hidden">
            Search articles
          </label>
          <input id="site-search" type="search" name="q" placeholder="Search" maxLength={MAX_QUERY_LENGTH} />
          <button type="submit">Search</button>
        </form>
      </div>
      <nav aria-label="Sections" className="section-nav">
        <ul>
          {sections.map((section) => (
            <li key={section.slug}>
              <a href={`/${section.slug}`}>{section.name}</a>
            </li>
          ))}
          {lists.map((list) => (
            <li key={list.href}>
              <a href={list.href}>{list.name}</a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
