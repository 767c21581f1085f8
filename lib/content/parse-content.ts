import { type Author, authorSchema } from './author-schema';
import { type BreakingNews, breakingNewsSchema } from './breaking-news';
import { findKeyLines } from './front-matter-lines';
import { explainContentDate, parseContentDate } from '../dates/parse-content-date';
import { describeIssue, formatFieldPath } from './describe-issue';
import type { ArticleContext } from './parse-article';
import { parsePage, type StandingPage } from './parse-page';
import { parseYaml } from './parse-yaml';
import { readSource } from './read-source';
import { isSafeSlug, slugify } from './slugify';
import { quote } from '../text/quote';
import type { ContentProblem } from './problem';
import { type Section, sectionsFileSchema } from './section-schema';
import { type Series, seriesFileSchema } from './series-schema';
import { type Topic, topicsFileSchema } from './topic-schema';
import { type SiteConfig, siteConfigSchema } from './site-config-schema';
import type { z } from 'zod';

/** A file as read from disk: its path as editors see it, and its text. */
export interface SourceFile {
  path: string;
  text: string;
}

export interface ContentSources {
  site: SourceFile;
  sections: SourceFile;
  authors: SourceFile[];
  articles: SourceFile[];
  /** `content/pages/*.md`: the about page and the other standing pages. */
  pages: SourceFile[];
  /** Files in the articles folder that are not Markdown, reported as warnings. */
  ignored: string[];
  /** `content/breaking.yaml`, when there is one. */
  breaking?: SourceFile;
  /** `content/series.yaml`, when there is one. */
  series?: SourceFile;
  /** `content/tags.yaml`, when there is one. */
  topics?: SourceFile;
}

/** Everything in content/ but the articles: the site, its sections, authors and standing pages. */
export interface ParsedConfig {
  site?: SiteConfig;
  sections: Section[];
  authors: Author[];
  pages: StandingPage[];
  breaking?: BreakingNews;
  series?: Series[];
  topics?: Topic[];
  /** What parsing an article needs to know of the rest. */
  context: ArticleContext;
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

/**
 * Parses the site, section, author and page files, collecting every problem rather than stopping at
 * the first. `siteUrl` (SITE_URL) replaces the configured address.
 */
export function parseConfig(sources: ContentSources, siteUrl?: string): ParsedConfig {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  const site = parseYamlFile(sources.site, siteConfigSchema, problems, warnings);
  if (site && siteUrl) site.url = siteUrl.replace(/\/+$/, '');
  const sections = (parseYamlFile(sources.sections, sectionsFileSchema, problems, warnings) ?? []).toSorted(
    (a, b) => a.order - b.order,
  );
  const seenSections = new Set<string>();
  for (const section of sections) {
    if (seenSections.has(section.slug))
      problems.push({
        file: sources.sections.path,
        field: 'slug',
        code: 'duplicate-id',
        message: `expected each section slug once, found "${section.slug}" twice`,
      });
    seenSections.add(section.slug);
  }
  const authors = sources.authors.flatMap((file) => {
    const author = parseYamlFile(file, authorSchema, problems, warnings);
    const id =
      file.path
        .split('/')
        .pop()
        ?.replace(/\.ya?ml$/, '') ?? '';
    // The id is the address of the author's page, so it must already be a slug.
    if (!isSafeSlug(id)) {
      problems.push({
        file: file.path,
        field: 'file',
        code: 'unsafe-slug',
        message: `expected a file name of lower-case letters, digits and hyphens, found ${quote(id)}; rename it to ${slugify(id) || 'a name with letters'}.yaml`,
      });
      return [];
    }
    return author ? [{ ...author, id }] : [];
  });

  const context = {
    timeZone: site?.timeZone ?? 'UTC',
    authorIds: new Set(authors.map((a) => a.id)),
    sectionSlugs: new Set(sections.map((s) => s.slug)),
  };
  const pages = sources.pages.flatMap((file) => {
    const { page, problems: pageProblems } = parsePage(file.path, file.text);
    problems.push(...pageProblems);
    return page ? [page] : [];
  });
  const ignored = sources.ignored.map((path): ContentProblem => ({
    file: path,
    field: 'file',
    code: 'not-markdown',
    message: 'expected a Markdown file (.md); this file is ignored',
  }));
  const breaking = sources.breaking && parseBreakingNews(sources.breaking, context.timeZone, problems, warnings);
  const series = sources.series ? (parseYamlFile(sources.series, seriesFileSchema, problems, warnings) ?? []) : [];
  const seenSeries = new Set<string>();
  for (const one of series) {
    if (seenSeries.has(one.id))
      problems.push({
        file: sources.series?.path ?? 'content/series.yaml',
        field: 'id',
        code: 'duplicate-id',
        message: `expected each series id once, found "${one.id}" twice`,
      });
    seenSeries.add(one.id);
  }
  const topics = (sources.topics ? (parseYamlFile(sources.topics, topicsFileSchema, problems, warnings) ?? []) : []).map(
    (topic) => ({ ...topic, slug: slugify(topic.tag) }),
  );
  return {
    site,
    sections,
    authors,
    pages,
    breaking,
    series,
    topics,
    context,
    problems,
    warnings: [...warnings, ...ignored],
  };
}

function parseBreakingNews(
  file: SourceFile,
  timeZone: string,
  problems: ContentProblem[],
  warnings: ContentProblem[],
): BreakingNews | undefined {
  const parsed = parseYamlFile(file, breakingNewsSchema, problems, warnings);
  if (!parsed) return undefined;
  const lines = new Map([...findKeyLines(file.text)].map(([key, line]) => [key, line - 1]));
  const expires = parseContentDate(parsed.expires, timeZone);
  if (!expires) {
    problems.push({
      file: file.path,
      field: 'expires',
      line: lines.get('expires'),
      code: 'invalid-date',
      message: explainContentDate(parsed.expires) ?? `expected an ISO 8601 time, found ${quote(parsed.expires)}`,
    });
    return undefined;
  }
  return { ...parsed, expires: expires.toISOString(), file: file.path, linkLine: lines.get('link') };
}

function parseYamlFile<T extends z.ZodType>(
  file: SourceFile,
  schema: T,
  problems: ContentProblem[],
  warnings: ContentProblem[],
): z.infer<T> | undefined {
  const source = readSource(file.path, file.text);
  warnings.push(...source.warnings);
  if (source.text === undefined) {
    problems.push(...source.problems);
    return undefined;
  }
  const yaml = parseYaml(source.text);
  if (!yaml.ok) {
    problems.push({
      file: file.path,
      field: 'file',
      code: 'yaml-syntax',
      message: `expected valid YAML: ${yaml.message}`,
      line: yaml.line,
      column: yaml.column,
    });
    return undefined;
  }
  const parsed = schema.safeParse(yaml.value);
  if (parsed.success) return parsed.data;
  // The line of the top-level key each problem is under (findKeyLines counts from a front matter's
  // second line; a YAML file starts on its first).
  const lines = findKeyLines(source.text);
  for (const issue of parsed.error.issues) {
    const key = issue.path[0] ?? (issue.code === 'unrecognized_keys' ? issue.keys[0] : undefined);
    const line = key === undefined ? undefined : lines.get(String(key));
    problems.push({
      file: file.path,
      field: formatFieldPath(issue.path) || 'file',
      ...(line === undefined ? {} : { line: line - 1 }),
      code: 'invalid-config',
      message: describeIssue(issue, yaml.value),
    });
  }
  return undefined;
}
