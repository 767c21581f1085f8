export interface Crumb {
  name: string;
  /** Omitted on the last crumb, the current page. */
  href?: string;
}

/** `Home » Section » Title`: every crumb but the current page is a link. */
export function Breadcrumb({ crumbs }: { crumbs: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="breadcrumb">
      <ol>
        {crumbs.map((crumb, i) => (
          <li key={crumb.href ?? crumb.name}>
            {i > 0 && (
              <span aria-hidden="true" className="breadcrumb-separator">
                »{' '}
              </span>
            )}
            {crumb.href ? (
              <a href={crumb.href}>{crumb.name}</a>
            ) : (
              <span aria-current="page">{crumb.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
