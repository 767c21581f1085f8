import { OptimizedImage } from './optimized-image';

interface Props {
  author: { name: string; role: string; bio: string; avatar?: string };
}

/** An author's role, picture and short biography, under their name on the author page. */
export function AuthorProfile({ author }: Props) {
  return (
    <div className="author-profile">
      {author.avatar && <OptimizedImage src={author.avatar} alt="" width={96} height={96} />}
      <div>
        <p className="author-role">{author.role}</p>
        <p>{author.bio}</p>
      </div>
    </div>
  );
}
