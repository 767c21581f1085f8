import { pathToFileURL } from 'node:url';
import { resolveContentDir } from '../content/content-dir';
import type { LoadOptions } from '../content/load-content-index';
import { formatProblemReport } from '../content/problem';
import { countTags } from '../lists/count-tags';
import { loadWithPool } from './load-with-pool';

/**
 * `npm run tags`: every tag in use with how many stories carry it (drafts and scheduled stories
 * too: a tag is chosen for them as well), its display name and its address, most used first; the
 * editor's answer to "which tag do we use?".
 */
export async function listTags(
  contentDir: string,
  options: LoadOptions = {},
): Promise<{ exitCode: number; output: string }> {
  const { result } = await loadWithPool(contentDir, options);
  if (!result.ok)
    return {
      exitCode: 1,
      output: formatProblemReport(result.problems, 'Fix them and run `npm run tags` again.'),
    };
  const tags = countTags(result.value.articles);
  const width = Math.max(5, ...tags.map((t) => String(t.count).length));
  const lines = tags.map((t) => `${String(t.count).padStart(width)}  ${t.name}  /tags/${t.slug}`);
  return {
    exitCode: 0,
    output: [`${'count'.padStart(width)}  name  address`, ...lines, `${tags.length} tags.`].join('\n'),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await listTags(resolveContentDir());
  (report.exitCode === 0 ? console.log : console.error)(report.output);
  process.exitCode = report.exitCode;
}
