interface Props {
  entries: readonly { id: string; text: string }[];
}

/** "In this article": the subheadings of a long read, each a link to its anchor; nothing when short. */
export function TableOfContents({ entries }: Props) {
  if (entries.length === 0) return null;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 id="toc-heading">In this article</h2>
      <ol>
        {entries.map((entry) => (
          <li key={entry.id}>
            <a href={`#${entry.id}`}>{entry.text}</a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
