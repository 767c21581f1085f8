import type { GeneratedArchive, GeneratedArticle, GeneratedFile } from './generate-archive';

export interface GeneratedLiveStory {
  story: GeneratedArticle;
  /** The story's updates folder, inside the content folder. */
  folder: string;
  files: GeneratedFile[];
}

const MINUTE = 60_000;

/**
 * A live story with `updates` update files, one a minute before the archive's newest story (whose date
 * is fixed, so the files never depend on the clock and every update is in the past), by the archive's
 * authors, every tenth a key event and the first pinned: what a long election night leaves behind.
 */
export function generateLiveStory(archive: GeneratedArchive, updates: number): GeneratedLiveStory {
  const authors = archive.files
    .filter((f) => f.path.startsWith('authors/'))
    .map((f) => f.path.slice('authors/'.length, -'.yaml'.length));
  const newest = archive.articles.at(-1);
  const newestFile = archive.files.find((f) => f.path === newest?.path);
  const end = Date.parse(`${/^date: (.+)$/m.exec(newestFile?.text ?? '')?.[1] ?? '2025-06-30T18:00'}:00Z`);
  const start = end - (updates + 60) * MINUTE;
  const story: GeneratedArticle = {
    slug: 'election-night-live',
    section: 'news',
    path: 'articles/live/election-night-live.md',
    title: 'Election night live',
  };
  const site = (ms: number) => new Date(ms).toISOString().slice(0, 16);
  const files: GeneratedFile[] = [
    {
      path: story.path,
      text: [
        '---',
        'title: "Election night live: every result as it is declared"',
        `date: ${site(start)}`,
        `author: [${authors.slice(0, 3).join(', ')}]`,
        'section: news',
        'tags: [elections]',
        'type: live',
        '---',
        '',
        'Results from every count in the region, as they are declared.',
        '',
      ].join('\n'),
    },
  ];
  const folder = `live/${story.slug}`;
  for (let i = 0; i < updates; i++) {
    const at = start + (i + 1) * MINUTE;
    const lines = [
      '---',
      `time: ${site(at)}`,
      `author: ${authors[i % authors.length]}`,
      ...(i % 3 === 0 ? [`title: "Declaration ${i + 1}: turnout ${30 + (i % 40)} per cent"`] : []),
      ...(i % 10 === 0 ? ['key: true'] : []),
      ...(i === 0 ? ['pinned: true'] : []),
      '---',
      '',
      `The returning officer in ward ${i + 1} declared at ${site(at).slice(11)}: ${1_000 + ((i * 37) % 9_000)} votes cast, ` +
        `a majority of ${(i * 53) % 900}. Counting agents said the recount request was withdrawn.`,
      '',
    ];
    files.push({ path: `${folder}/${String(i + 1).padStart(5, '0')}.md`, text: lines.join('\n') });
  }
  return { story, folder, files };
}
