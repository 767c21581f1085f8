import type { ParsedArticle } from './article';
import { type Author, authorSchema } from './author-schema';
import { describeIssue, formatFieldPath } from './describe-issue';
import { parseArticle } from './parse-article';
import { parseYaml } from './parse-yaml';
import type { ContentProblem } from './problem';
import { type Section, sectionsFileSchema } from './section-schema';
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
  /** Files in the articles folder that are not Markdown, reported as warnings. */
  ignored: string[];
}

export interface ParsedContent {
  site?: SiteConfig;
  sections: Section[];
  authors: Author[];
  articles: ParsedArticle[];
  problems: ContentProblem[];
  warnings: ContentProblem[];
}

export interface ParseOptions {
  siteUrl?: string;
  /** Parses each article: parseArticle, or the parse cache's wrapper around it. */
  parseArticle?: typeof parseArticle;
}

/** Parses every source file, collecting every problem rather than stopping at the first. */
export function parseContent(sources: ContentSources, env: ParseOptions = {}): ParsedContent {
  const problems: ContentProblem[] = [];
  const site = parseYamlFile(sources.site, siteConfigSchema, problems);
  if (site && env.siteUrl) site.url = env.siteUrl.replace(/\/+$/, '');
  const sections = (parseYamlFile(sources.sections, sectionsFileSchema, problems) ?? []).toSorted(
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
    const author = parseYamlFile(file, authorSchema, problems);
    const id =
      file.path
        .split('/')
        .pop()
        ?.replace(/\.ya?ml$/, '') ?? '';
    return author ? [{ ...author, id }] : [];
  });

  const context = {
    timeZone: site?.timeZone ?? 'UTC',
    authorIds: new Set(authors.map((a) => a.id)),
    sectionSlugs: new Set(sections.map((s) => s.slug)),
  };
  const articles: ParsedArticle[] = [];
  for (const file of sources.articles) {
    const result = (env.parseArticle ?? parseArticle)(file.path, file.text, context);
    if (result.ok) articles.push(result.value);
    else problems.push(...result.problems);
  }
  const warnings = sources.ignored.map((path): ContentProblem => ({
    file: path,
    field: 'file',
    code: 'not-markdown',
    message: 'expected a Markdown file (.md); this file is ignored',
  }));
  return { site, sections, authors, articles, problems, warnings };
}

function parseYamlFile<T extends z.ZodType>(
  file: SourceFile,
  schema: T,
  problems: ContentProblem[],
): z.infer<T> | undefined {
  const yaml = parseYaml(file.text.replace(/^\uFEFF/, ''));
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
  for (const issue of parsed.error.issues) {
    problems.push({
      file: file.path,
      field: formatFieldPath(issue.path) || 'file',
      code: 'invalid-config',
      message: describeIssue(issue, yaml.value),
    });
  }
  return undefined;
}
