interface Props {
  siteName: string;
  description: string;
  sections: { slug: string; name: string }[];
}

/** The footer on every page: sections, feeds, and the pages about the site. */
export function SiteFooter({ siteName, description, sections }: Props) {
  return (
    <footer className="site-footer">
      <p className="footer-about">
        <strong>{siteName}</strong>. {description}
      </p>
      <nav aria-label="Footer">
        <ul>
          {sections.map((section) => (
            <li key={section.slug}>
              <a href={`/${section.slug}`}>{section.name}</a>
            </li>
          ))}
          <li>
            <a href="/tags">Topics</a>
          </li>
          <li>
            <a href="/authors">Our journalists</a>
          </li>
          <li>
            <a href="/archive">Archive</a>
          </li>
          <li>
            <a href="/about">About us</a>
          </li>
        </ul>
      </nav>
    </footer>
  );
}
