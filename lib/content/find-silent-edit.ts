import { diffArrays } from 'diff';
import { parseMarkdown } from '../markdown/parse-markdown';
import type { Article } from './article';
import { parseArticle, type ArticleContext } from './parse-article';
import type { ContentProblem } from './problem';
import { splitFrontMatter } from './split-front-matter';

/** More changed words than this, in a published story, need a note or a later `updated`. */
export const FEW_WORDS = 3;

/** What the guard reads of one version of a story. */
export interface StoryVersion {
  article: Article;
  /** The whole body as plain text. */
  text: string;
}

/** A story file as the guard reads it, or undefined when it cannot be read as one. */
export function readStoryVersion(file: string, source: string, context: ArticleContext): StoryVersion | undefined {
  const parsed = parseArticle(file, source, context).parsed;
  const split = splitFrontMatter(source.replace(/\r\n?/g, '\n'));
  if (!parsed || !split.ok) return undefined;
  const body = parseMarkdown(split.body);
  return body.ok ? { article: parsed.article, text: body.value.plainText } : undefined;
}

/**
 * Why a published story's edit since `before` looks silent, or undefined when it does not: its body
 * changed by more than FEW_WORDS words, or a number or a quoted passage in it changed, and it has
 * neither a new note in `corrections` nor a later `updated`. Readers trust a story that says what
 * changed in it; a story that changes quietly is how a newsroom loses that trust.
 * @example findSilentEdit(then, now) // 'a number changed ("£1.2 million" is now "£420,000")'
 */
export function findSilentEdit(before: StoryVersion, after: StoryVersion): string | undefined {
  const said =
    after.article.corrections.length > before.article.corrections.length ||
    (after.article.updated !== undefined && after.article.updated !== before.article.updated);
  if (said) return undefined;
  const reasons: string[] = [];
  const removedNumbers = missingFrom(numbersIn(before.text), numbersIn(after.text));
  const addedNumbers = missingFrom(numbersIn(after.text), numbersIn(before.text));
  if (removedNumbers.length > 0 || addedNumbers.length > 0)
    reasons.push(`a number changed (${describeChange(removedNumbers, addedNumbers)})`);
  const removedQuotes = missingFrom(quotesIn(before.text), quotesIn(after.text));
  const addedQuotes = missingFrom(quotesIn(after.text), quotesIn(before.text));
  if (removedQuotes.length > 0 || addedQuotes.length > 0)
    reasons.push(`a quotation changed (${describeChange(removedQuotes, addedQuotes)})`);
  let added = 0;
  let removed = 0;
  for (const part of diffArrays(wordsOf(before.text), wordsOf(after.text))) {
    if (part.added) added += part.count ?? part.value.length;
    if (part.removed) removed += part.count ?? part.value.length;
  }
  const changed = Math.max(added, removed);
  if (changed > FEW_WORDS) reasons.push(`${changed} words changed`);
  return reasons.length > 0 ? reasons.join('; ') : undefined;
}

/** The guard's finding as a warning on the story's file. */
export function silentEditWarning(after: StoryVersion, since: string, reason: string): ContentProblem {
  return {
    file: after.article.file,
    field: 'body',
    code: 'silent-edit',
    message: `the published story changed since ${since}: ${reason}; add a note to corrections (kind: correction, clarification or update) or set a later updated, so readers are told`,
  };
}

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);
// Figures as a reader reads them: "£1.2 million" and "42%" each count once.
const numbersIn = (text: string) =>
  [...text.matchAll(/[£$€]?\d+(?:[.,:]\d+)*%?(?:\s?(?:million|billion|bn|m|k)\b)?/g)].map((m) => m[0]);
// Double or curly quotes around at least two words; an apostrophe is not a quotation.
const quotesIn = (text: string) =>
  [...text.matchAll(/[“"]([^”"\n]*\s[^”"\n]*)[”"]/g)].map((m) => (m[1] ?? '').trim());

// Multiset difference: what `a` has that `b` has fewer of.
function missingFrom(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const item of b) left.set(item, (left.get(item) ?? 0) + 1);
  return a.filter((item) => {
    const n = left.get(item) ?? 0;
    if (n > 0) left.set(item, n - 1);
    return n === 0;
  });
}

function describeChange(removed: readonly string[], added: readonly string[]): string {
  const show = (items: readonly string[]) =>
    items.length > 0 ? items.slice(0, 3).map((i) => JSON.stringify(i.length > 60 ? `${i.slice(0, 57)}…` : i)).join(', ') : 'nothing';
  return `${show(removed)} is now ${show(added)}`;
}
