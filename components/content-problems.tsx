import type { ContentProblem } from '@/lib/content/problem';

/**
 * `next dev` only: the articles left out of the preview and why, on every page, so an editor sees
 * what to fix (file, line, field, message) while the rest of the site keeps working.
 */
export function ContentProblems({ problems }: { problems: readonly ContentProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <aside className="content-problems" role="alert" aria-labelledby="content-problems-title">
      <h2 id="content-problems-title">
        Content problems: {new Set(problems.map((p) => p.file)).size} article(s) left out of this preview
      </h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.file}:${p.line ?? ''}:${p.field}:${p.message}`}>
            <code>
              {p.file}
              {p.line ? `:${p.line}` : ''}
            </code>{' '}
            <strong>{p.field}</strong> {p.message} <small>[{p.code}]</small>
          </li>
        ))}
      </ul>
    </aside>
  );
}
