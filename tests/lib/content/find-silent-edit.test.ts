import { describe, expect, it } from 'vitest';
import { findSilentEdit, readStoryVersion } from '@/lib/content/find-silent-edit';
import { context } from '../../support/content-context';

const FRONT = ['---', 'title: Trial paused', 'date: 2026-11-16T12:30', 'author: ada', 'section: news'];
const BODY =
  'The council suspended the trial after a review. It had cost £1.2 million over two years, officials said.\n\n“We got this wrong and we are sorry,” the leader said.';
function version(body: string, extra: string[] = []) {
  const story = readStoryVersion('content/articles/t.md', [...FRONT, ...extra, '---', '', body, ''].join('\n'), context);
  if (!story) throw new Error('unreadable');
  return story;
}
const before = version(BODY);

describe('findSilentEdit', () => {
  it('lets a typo fix or a few words through', () => {
    expect(findSilentEdit(before, version(BODY.replace('suspended', 'paused')))).toBeUndefined();
    expect(findSilentEdit(before, version(BODY.replace('after a review', 'after an internal review')))).toBeUndefined();
  });

  it('catches a changed number, however small the edit', () => {
    expect(findSilentEdit(before, version(BODY.replace('£1.2 million', '£420,000')))).toBe(
      'a number changed ("£1.2 million" is now "£420,000")',
    );
  });

  it('catches a changed quotation and a rewritten paragraph', () => {
    expect(findSilentEdit(before, version(BODY.replace('and we are sorry', 'and we apologise')))).toMatch(
      /^a quotation changed \("We got this wrong and we are sorry," is now "We got this wrong and we apologise,"\)/,
    );
    expect(
      findSilentEdit(before, version(BODY.replace('after a review.', 'when residents complained about advice on bins.'))),
    ).toBe('7 words changed');
  });

  it('lets any edit through with a new note in corrections or a later updated', () => {
    const changed = BODY.replace('£1.2 million', '£420,000');
    const noted = ['corrections:', '  - date: 2026-11-17T10:00', '    text: The cost was £420,000, not £1.2 million.'];
    expect(findSilentEdit(before, version(changed, noted))).toBeUndefined();
    expect(findSilentEdit(before, version(changed, ['updated: 2026-11-17T10:00']))).toBeUndefined();
    // An updated time already there before the edit says nothing new.
    const dated = version(BODY, ['updated: 2026-11-17T10:00']);
    expect(findSilentEdit(dated, version(changed, ['updated: 2026-11-17T10:00']))).toMatch(/^a number changed/);
  });
});
