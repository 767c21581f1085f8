import { pathToFileURL } from 'node:url';
import { resolveContentDir, resolveParseCacheDir } from '../content/content-dir';
import { formatProblemReport } from '../content/problem';
import { openLiveDesk } from '../live/open-live-desk';
import { prepareSearch } from '../search/search-articles';
import { loadWithPool, withLiveProblems } from './load-with-pool';

/**
 * `npm run build`'s first step (npm's `prebuild`): parses every article not in the parse cache, a
 * worker per core, and stores the results, so `next build`'s workers then read the content index
 * from the cache instead of each parsing the archive. A problem stops the build here, before
 * compiling, with the whole report. The search index is brought in line here too, beside the cache,
 * so a server started on this build has nothing to index.
 */
export async function prepareContent(contentDir: string): Promise<{ exitCode: number; output: string }> {
  const started = performance.now();
  const loaded = await loadWithPool(contentDir);
  const { stats } = loaded;
  const { result } = withLiveProblems(loaded, contentDir);
  if (!result.ok)
    return {
      exitCode: 1,
      output: formatProblemReport(result.problems, 'The build stopped; no page was generated.'),
    };
  // With the live desk, as the server indexes live stories: by their updates too.
  if (resolveParseCacheDir())
    await prepareSearch({ ...result.value, live: openLiveDesk(result.value, contentDir) });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  return {
    exitCode: 0,
    output: `Content ready: ${result.value.articles.length} articles (${stats.parsed} parsed, ${stats.reused} from the cache) in ${seconds} s.`,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const report = await prepareContent(resolveContentDir());
  (report.exitCode === 0 ? console.log : console.error)(report.output);
  process.exitCode = report.exitCode;
}
