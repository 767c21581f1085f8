import type { Author } from '@/lib/content/author-schema';
import { OptimizedImage } from './optimized-image';

interface Props {
  author: Pick<Author, 'name' | 'role' | 'bio' | 'avatar' | 'jobTitle' | 'expertise' | 'email' | 'sameAs'>;
}

/**
 * An author's role (and formal title when it differs), picture, biography and expertise, under their
 * name on the author page; their address only when they gave one, and their profiles elsewhere, each
 * named by its site.
 */
export function AuthorProfile({ author }: Props) {
  const title = author.jobTitle && author.jobTitle !== author.role ? author.jobTitle : undefined;
  return (
    <div className="author-profile">
      {author.avatar && <OptimizedImage src={author.avatar} alt="" width={96} height={96} />}
      <div>
        <p className="author-role">
          {author.role}
          {title && ` · ${title}`}
        </p>
        <p>{author.bio}</p>
        {author.expertise && <p className="author-expertise">Expertise: {author.expertise}</p>}
        {(author.email || (author.sameAs?.length ?? 0) > 0) && (
          <ul className="author-links">
            {author.email && (
              <li>
                <a href={`mailto:${author.email}`}>{author.email}</a>
              </li>
            )}
            {author.sameAs?.map((url) => (
              <li key={url}>
                <a href={url} rel="me">
                  {new URL(url).hostname.replace(/^www\./, '')}
                </a>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
