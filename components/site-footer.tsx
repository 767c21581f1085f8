const SITE_LINKS = [
  { href: '/tags', label: 'Topics' },
  { href: '/authors', label: 'Our journalists' },
  { href: '/archive', label: 'Archive' },
  { href: '/feed.xml', label: 'RSS feed' },
  { href: '/opinion', label: 'Opinion' },
  { href: '/corrections', label: 'Corrections' },
];

interface Props {
  siteName: string;
  description: string;
  sections: { slug: string; name: string }[];
  /** The transparency pages the site has: about, contact, policies, ownership, masthead. */
  pages?: { href: string; label: string }[];
}

/** The footer on every page: sections, feeds, and the pages about the site. */
export function SiteFooter({ siteName, description, sections, pages = [] }: Props) {
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
          {[...SITE_LINKS, ...pages].map((link) => (
            <li key={link.href}>
              <a href={link.href}>{link.label}</a>
            </li>
          ))}
        </ul>
      </nav>
    </footer>
  );
}
