import type { ImportProblem } from '../source-post';
import { buildLinkResolver } from './build-link-resolver';
import { convertTemplateTags } from './convert-template-tags';
import { detectGenerator } from './detect-generator';
import { findPostAssets, indexSitePaths } from './find-post-assets';
import { placeSourceFile } from './place-source-file';
import { readPostFile, type PostDraft } from './read-post-file';
import { readSiteAuthors } from './read-site-authors';
import type { MarkdownSite, SiteFile } from './site-types';

export interface ReadSiteOptions {
  /** The site folder as the editor gave it; report lines name files under it. */
  root: string;
  /** Posts dated after it are scheduled. */
  now: Date;
  /** Turns a path inside the site into the absolute path `assets` lists. */
  absolute: (path: string) => string;
}

/**
 * Reads a static site's files (paths inside the site, texts already read) into SourcePosts: detects
 * the generator, places each Markdown file, reads it, settles articles and pages (a Hugo, Zola or
 * Astro section is of articles when any of its posts is dated; an Eleventy or unknown site's dated
 * file is an article), converts template tags with links to other posts resolved, and lists authors.
 */
export function readSiteFiles(files: SiteFile[], options: ReadSiteOptions): MarkdownSite {
  const shown = (path: string) => (options.root ? `${options.root.replace(/\/+$/, '')}/${path}` : path);
  const { generator, settings, problems: configProblems } = detectGenerator(files);
  const problems: ImportProblem[] = configProblems.map((problem) => ({
    ...problem,
    file: shown(problem.file),
  }));
  const drafts: { path: string; draft: PostDraft }[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    const placed = placeSourceFile(file.path, generator, settings);
    if (!placed.read) {
      if (placed.code && placed.reason)
        problems.push({
          severity: 'note',
          code: placed.code,
          file: shown(file.path),
          message: placed.reason,
        });
      continue;
    }
    if (file.text === undefined) {
      problems.push({
        severity: 'fix',
        code: 'unreadable-file',
        file: shown(file.path),
        message: 'expected a readable UTF-8 text file; it could not be read, so it was not imported',
      });
      continue;
    }
    const result = readPostFile(file, placed.placement, {
      generator,
      settings,
      shownPath: shown(file.path),
      now: options.now,
    });
    if (result.ok) drafts.push({ path: file.path, draft: result.draft });
    else problems.push(result.problem);
  }
  const datedSections = new Set(
    drafts.filter(({ draft }) => draft.dated).map(({ draft }) => draft.placement.sections[0]),
  );
  const resolveLink = buildLinkResolver(drafts, settings.contentDir);
  const paths = indexSitePaths(files.map((file) => file.path));
  const posts = drafts.map(({ path, draft }) => {
    const { placement, post } = draft;
    const kind =
      placement.kind === 'section'
        ? datedSections.has(placement.sections[0])
          ? 'article'
          : 'page'
        : placement.kind === 'dated'
          ? draft.dated
            ? 'article'
            : 'page'
          : post.kind;
    const converted = convertTemplateTags(post.body.text, {
      generator,
      at: post.body.at,
      resolveLink,
      mdx: path.endsWith('.mdx'),
      html: post.body.format === 'html',
    });
    return {
      ...post,
      kind,
      body: { ...post.body, text: converted.markdown },
      assets: findPostAssets(
        { ...draft, post: { ...post, body: { ...post.body, text: converted.markdown } } },
        paths,
        path,
      ).map(options.absolute),
      problems: [...post.problems, ...converted.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    };
  });
  const authors = readSiteAuthors(
    files,
    generator,
    settings,
    posts.flatMap((post) => post.authors),
    shown,
  );
  return { generator, posts, authors: authors.authors, problems: [...problems, ...authors.problems] };
}
