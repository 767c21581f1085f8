import { shareLinks } from '@/lib/seo/share-links';

interface Props {
  url: string;
  title: string;
}

/** Share links under a story: plain links, no script, no request to any service until one is followed. */
export function ShareLinks({ url, title }: Props) {
  return (
    <nav className="share-links" aria-labelledby="share-heading">
      <h2 id="share-heading">Share this article</h2>
      <ul>
        {shareLinks(url, title).map((link) => (
          <li key={link.name}>
            <a href={link.href} rel={link.href.startsWith('https:') ? 'noopener noreferrer' : undefined}>
              <span className="visually-hidden">{link.name === 'Email' ? 'Share by ' : 'Share on '}</span>
              {link.name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
