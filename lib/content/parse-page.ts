import type { Root } from 'hast';
import { z } from 'zod';
import { parseMarkdown } from '../markdown/parse-markdown';
import { describeIssue, formatFieldPath } from './describe-issue';
import { findKeyLines } from './front-matter-lines';
import type { ContentProblem } from './problem';
import { readSource } from './read-source';
import { splitFrontMatter } from './split-front-matter';

const pageSchema = z.strictObject({
  title: z.string().trim().min(1).max(200),
  description: z.string().trim().min(1).max(300),
});

/** A standing page such as `content/pages/about.md`: its slug is the file name. */
export interface StandingPage {
  slug: string;
  title: string;
  description: string;
  tree: Root;
}

/**
 * Parses a standing page (front matter: title, description; a Markdown body) with the articles'
 * splitter and body pipeline, reporting every problem with its line.
 */
export function parsePage(file: string, text: string): { page?: StandingPage; problems: ContentProblem[] } {
  const source = readSource(file, text);
  if (source.text === undefined) return { problems: source.problems };
  const split = splitFrontMatter(source.text);
  if (!split.ok)
    return {
      problems: [{ file, field: 'front-matter', code: split.code, message: split.message, line: split.line }],
    };
  const problems: ContentProblem[] = [];
  const lines = findKeyLines(split.frontMatter);
  const fields = pageSchema.safeParse(split.data);
  if (!fields.success)
    for (const issue of fields.error.issues) {
      const field = formatFieldPath(issue.path) || 'front-matter';
      problems.push({
        file,
        field,
        line: lines.get(field),
        code: issue.code === 'unrecognized_keys' ? 'unknown-field' : 'invalid-field',
        message: describeIssue(issue, split.data),
      });
    }
  const body = parseMarkdown(split.body);
  if (!body.ok)
    problems.push({
      file,
      field: 'body',
      code: 'too-complex',
      message: body.message,
      line: body.line && split.bodyLine + body.line - 1,
    });
  if (!fields.success || !body.ok) return { problems };
  const slug = file.split('/').pop()?.replace(/\.md$/i, '') ?? '';
  return { page: { slug, ...fields.data, tree: body.value.tree }, problems };
}
