interface Props {
  text: string;
  href: string;
}

/** The breaking-news strip at the top of every page while `content/breaking.yaml` has not expired. */
export function BreakingBanner({ text, href }: Props) {
  return (
    <div className="breaking-news" role="region" aria-label="Breaking news">
      <p>
        <strong className="breaking-label">Breaking</strong> <a href={href}>{text}</a>
      </p>
    </div>
  );
}
