import { describe, expect, it } from 'vitest';
import type { ParsedArticle } from '@/lib/content/article';
import { buildContentIndex } from '@/lib/content/build-content-index';
import { BODY_START_LENGTH, parseArticle } from '@/lib/content/parse-article';
import { parseAndStore } from '@/lib/content/parse-articles';
import { createMemoryTreeStore } from '@/lib/content/tree-store';
import { articleText, context, validFrontMatter } from '../../support/content-context';
import { loadFixtureIndex } from '../../support/load-fixture-index';

const site = {
  name: 'S',
  description: 'D',
  url: 'https://s.example',
  language: 'en',
  timeZone: 'Europe/London',
};
const sections = [
  { slug: 'news', name: 'News', description: 'd', order: 1 },
  { slug: 'business', name: 'Business', description: 'd', order: 2 },
];

function article(file: string, extra: string[] = [], body?: string): ParsedArticle {
  const result = parseArticle(file, articleText([...validFrontMatter, ...extra], body), context);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.parsed!;
}

const inputs = {
  site,
  sections,
  authors: [],
  pages: [],
  problems: [],
  publicFiles: new Set(['/images/chart.png']),
};
const build = (articles: ParsedArticle[]) =>
  buildContentIndex({ ...inputs, articles, trees: createMemoryTreeStore() });
const content = (articles: ParsedArticle[]) => build(articles).result;

describe('buildContentIndex', () => {
  it('names both files when two articles share a slug', () => {
    const result = content([article('content/a/story.md'), article('content/b/story.md')]);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        file: 'content/b/story.md',
        field: 'slug',
        code: 'duplicate-slug',
        message: 'expected a slug no other article uses; "story" is also used by content/a/story.md',
      },
    ]);
  });

  it('reports a pinned related slug that does not exist', () => {
    const result = content([article('content/a.md', ['related: [b, nope]']), article('content/b.md')]);
    expect(result.ok ? [] : result.problems).toEqual([
      {
        file: 'content/a.md',
        field: 'related[1]',
        code: 'unknown-related',
        message: 'expected the slug of an existing article, found "nope"',
      },
    ]);
  });

  it('reports site links that reach no page, judged by the router, and records links to stories', () => {
    const body =
      '[ok](/news/b) [missing](/news/ghost) [moved](/business/b) [tag](/tags/x) [old](/2021/05/06/slug/) [file](/images/chart.png) [list](/news?page=2#top)';
    const result = content([article('content/a.md', ['tags: [x]'], body), article('content/b.md')]);
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.message])).toEqual([
      [
        'broken-internal-link',
        'expected a link to a page of this site, found "/news/ghost" (no article has the slug "ghost")',
      ],
      [
        'broken-internal-link',
        'expected a link to a page of this site, found "/business/b" (that page is at /news/b)',
      ],
      [
        'broken-internal-link',
        'expected a link to a page of this site, found "/2021/05/06/slug/" (no page of this site has that address; an old permalink needs the story\'s address, /<section>/<slug>)',
      ],
    ]);
    expect(result.ok ? [] : result.problems.map((p) => p.line)).toEqual([8, 8, 8]);
    const ok = content([article('content/a.md', [], '[ok](/news/b)'), article('content/b.md')]);
    expect(ok.ok && ok.value.bySlug.get('a')?.linksTo).toEqual(['b']);
  });

  it('refuses a published story that links to a draft or to a story scheduled after it; a draft is warned about a draft', () => {
    const later = parseArticle(
      'content/later.md',
      articleText(validFrontMatter.map((l) => (l.startsWith('date:') ? 'date: 2026-12-01T09:00' : l))),
      context,
    );
    if (!later.ok || !later.parsed) throw new Error('fixture');
    const draft = article('content/draft.md', ['slug: draft', 'draft: true']);
    const body = '[draft](/news/draft) and [later](/news/later)';
    const published = content([article('content/a.md', [], body), later.parsed, draft]);
    expect(published.ok ? [] : published.problems.map((p) => p.message)).toEqual([
      'expected a link to a page of this site, found "/news/draft" (that article is a draft)',
      'expected a link to a page of this site, found "/news/later" (that article is scheduled for 2026-12-01T09:00:00.000Z, after this one)',
    ]);
    const fromDraft = build([article('content/a.md', ['draft: true'], body), later.parsed, draft]);
    expect(fromDraft.result.ok).toBe(true);
    expect(fromDraft.warnings.map((w) => [w.code, w.file])).toEqual([['links-to-draft', 'content/a.md']]);
  });

  it('indexes the fixture archive by slug, section, tag and author, newest first', async () => {
    const index = await loadFixtureIndex();
    expect(index.articles.map((a) => a.slug)).toEqual([
      'future-story',
      'car-plant-liverpool',
      'draft-story',
      'battery-factory-jobs',
      'liverpool-docks-regeneration',
      'council-budget',
    ]);
    expect(index.bySection.get('business')?.map((a) => a.slug)).toEqual([
      'future-story',
      'car-plant-liverpool',
      'battery-factory-jobs',
    ]);
    expect(index.byTag.get('liverpool')?.length).toBe(4);
    expect(index.byAuthor.get('ada')?.length).toBe(6);
    expect(index.sections.map((s) => s.slug)).toEqual(['news', 'business']);
  });

  it('keeps exactly the first BODY_START_LENGTH characters of a long body for search, even when the cut splits a character', () => {
    const body = `${'word '.repeat(BODY_START_LENGTH / 5 - 1)}word😀 and more text after the cut`;
    const trees = createMemoryTreeStore();
    const [parse] = parseAndStore(
      [{ key: 'k', file: 'content/long.md', text: articleText(validFrontMatter, body) }],
      context,
      trees,
    );
    const parsed = parse?.parsed;
    if (!parsed) throw new Error('the article did not parse');
    const result = buildContentIndex({ ...inputs, articles: [parsed], trees }).result;
    const text = result.ok ? result.value.bodyStart(parsed.article.slug) : undefined;
    expect(text).toBe(body.slice(0, BODY_START_LENGTH));
    expect(parsed.bodyStart).toBe(text);
    expect(text?.charCodeAt(BODY_START_LENGTH - 1)).toBe(0xd83d);
  });
});
