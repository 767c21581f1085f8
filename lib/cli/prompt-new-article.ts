import type { Interface } from 'node:readline/promises';
import { type NewArticleRequest, splitList } from './new-article-args';
import {
  type CompleteRequest,
  type NewsDesk,
  checkAuthors,
  checkSection,
  chooseSlug,
} from './plan-new-article';

/** Asks one question and resolves with the answer, or undefined when the editor ends the input (Ctrl-D). */
export type Ask = (question: string) => Promise<string | undefined>;

export class PromptCancelled extends Error {
  override name = 'PromptCancelled';
}

/**
 * Asks for every value the request lacks, re-asking with the reason until the answer is usable. A
 * headline whose slug is taken asks for another slug rather than failing.
 */
export async function promptNewArticle(
  request: NewArticleRequest,
  desk: NewsDesk,
  ask: Ask,
): Promise<CompleteRequest> {
  const until = async (
    question: string,
    problemOf: (answer: string) => string | undefined,
  ): Promise<string> => {
    for (;;) {
      const answer = (await ask(question))?.trim();
      if (answer === undefined) throw new PromptCancelled('No article was created.');
      const problem = problemOf(answer);
      if (!problem) return answer;
      question = `${problem}\n${question}`;
    }
  };
  const title = request.title ?? (await until('Headline: ', (a) => (a ? undefined : 'expected a headline')));
  const section =
    request.section ??
    (await until(`Section (${desk.sectionSlugs.join(', ')}): `, (a) => checkSection(a, desk)));
  const authors =
    request.authors ??
    splitList(
      await until(`Author id (${[...desk.authorIds].sort().join(', ')}; several with commas): `, (a) =>
        splitList(a).length === 0 ? 'expected at least one author id' : checkAuthors(splitList(a), desk),
      ),
    );
  const tags =
    request.tags.length > 0 ? request.tags : splitList(await ask('Tags (optional, with commas): '));
  const headlineSlug = chooseSlug(title, request.slug, desk);
  const slug =
    'error' in headlineSlug && request.slug === undefined
      ? await until(`${headlineSlug.error}\nSlug: `, (a) => {
          const chosen = chooseSlug(title, a, desk);
          return 'error' in chosen ? chosen.error : undefined;
        })
      : request.slug;
  return { title, section, authors, slug, tags };
}

/** Asks through a readline interface; Ctrl-D or Ctrl-C ends the input, and every later answer is undefined. */
export function askInTerminal(rl: Interface): Ask {
  const closed = new AbortController();
  rl.once('close', () => closed.abort());
  // Without a listener, Ctrl-C would only pause the prompt and leave the question hanging.
  rl.on('SIGINT', () => rl.close());
  return async (question) => {
    if (closed.signal.aborted) return undefined;
    try {
      return await rl.question(question, { signal: closed.signal });
    } catch (error) {
      if (closed.signal.aborted) return undefined;
      throw error;
    }
  };
}
