import { appendFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateArchive } from '@/lib/bench/generate-archive';
import { writeArchive } from '@/lib/bench/write-archive';
import { type LoadedIndex, loadContentIndex } from '@/lib/content/load-content-index';
import { indexAnswers } from '../../support/index-answers';

const archive = generateArchive({ articles: 14, seed: 8 });
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

let contentDir = '';
let cacheDir = '';

// Only timers: the ranking of a reloaded index is built a moment after it is first asked for.
beforeEach(() => void vi.useFakeTimers({ toFake: ['setTimeout'] }));
afterEach(() => void vi.useRealTimers());

beforeEach(async () => {
  contentDir = await mkdtemp(path.join(os.tmpdir(), 'reload-content-'));
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'reload-cache-'));
  dirs.push(contentDir, cacheDir);
  await writeArchive(contentDir, archive.files);
});

const publicDir = path.resolve('public');
const load = (previous?: LoadedIndex) => loadContentIndex(contentDir, { cacheDir, publicDir, previous });
// What a load of everything, with no help from earlier loads, makes of the folder now.
const fullLoad = () => loadContentIndex(contentDir, { publicDir, snapshot: false });
const fileOf = (i: number) => path.join(contentDir, archive.articles[i]!.path);

// A second story in the newest story's month, with its tags, so removing it empties no list.
async function addTwin(): Promise<string> {
  const text = await readFile(fileOf(13), 'utf8');
  const twin = path.join(contentDir, 'articles', 'twin-story.md');
  await writeFile(twin, text.replace(/^title: .*$/m, 'title: "A twin story about kestrels"'));
  return twin;
}

// A reloaded index ranks "You may also like" a moment after it is first asked: that moment passes
// first, then the ranking, done in slices, is waited for.
async function answers(loaded: LoadedIndex) {
  if (loaded.result.ok) loaded.result.value.relatedTo(loaded.result.value.articles[0]!.slug);
  vi.runOnlyPendingTimers();
  if (loaded.result.ok) await loaded.result.value.prepareRelated();
  return indexAnswers(loaded);
}

// A story some other story links to, and one no story links to or pins.
function linkedAndUnlinked(loaded: LoadedIndex) {
  if (!loaded.result.ok) throw new Error('the archive did not load');
  const { articles } = loaded.result.value;
  const referenced = new Set(articles.flatMap((a) => [...a.linksTo, ...a.related]));
  const index = (slug: string | undefined) => archive.articles.findIndex((a) => a.slug === slug);
  return {
    linked: index(articles.find((a) => referenced.has(a.slug))?.slug),
    unlinked: index(articles.find((a) => !referenced.has(a.slug))?.slug),
  };
}

describe('reloading only what changed', { timeout: 30_000 }, () => {
  it('parses only a saved article and gives what a full load gives', async () => {
    const first = await load();
    await appendFile(fileOf(4), '\nA late paragraph about the ferry timetable.\n');
    const next = await load(first);
    expect(next.stats).toEqual({ parsed: 1, reused: 13, mode: 'changes' });
    expect(await answers(next)).toEqual(await answers(await fullLoad()));
  });

  it('adds a new article to every list it belongs to', async () => {
    const first = await load();
    const text = await readFile(fileOf(13), 'utf8');
    const added = path.join(contentDir, 'articles', 'new-story.md');
    await writeFile(
      added,
      text
        .replace(/^title: .*$/m, 'title: "A brand new story about herons"')
        .replace(/^date: .*$/m, 'date: 2025-07-01T09:00'),
    );
    const next = await load(first);
    expect(next.stats.mode).toBe('changes');
    expect(next.stats.parsed).toBe(1);
    expect(await answers(next)).toEqual(await answers(await fullLoad()));
    const index = next.result.ok ? next.result.value : undefined;
    expect(index?.articles[0]?.title).toBe('A brand new story about herons');
  });

  it('answers "You may also like" from the previous ranking until the new one is built', async () => {
    const first = await load();
    const twin = await addTwin();
    const next = await load(first);
    if (!next.result.ok) throw new Error('the archive did not load');
    const slug = path.basename(twin, '.md');
    expect(next.result.value.bySlug.has(slug)).toBe(true);
    expect(next.result.value.relatedTo(slug)).toEqual([]);
    vi.runOnlyPendingTimers();
    const ranking = next.result.value.prepareRelated();
    expect(next.result.value.relatedTo(slug)).toEqual([]);
    await ranking;
    expect(next.result.value.relatedTo(slug).length).toBeGreaterThan(0);
  });

  it('builds the new ranking after a publish even if no page asks for it, letting the old index go', async () => {
    const first = await load();
    const twin = await addTwin();
    const next = await load(first);
    if (!next.result.ok) throw new Error('the archive did not load');
    vi.runOnlyPendingTimers();
    await next.result.value.prepareRelated();
    expect(next.result.value.relatedTo(path.basename(twin, '.md')).length).toBeGreaterThan(0);
  });

  it('drops a deleted article no other story links to', async () => {
    const twin = await addTwin();
    const first = await load();
    await rm(twin);
    const next = await load(first);
    expect(next.stats).toEqual({ parsed: 0, reused: 14, mode: 'changes' });
    expect(await answers(next)).toEqual(await answers(await fullLoad()));
  });

  it('reads everything again when a story others link to is deleted, and reports the broken links', async () => {
    const first = await load();
    const { linked } = linkedAndUnlinked(first);
    expect(linked).toBeGreaterThanOrEqual(0);
    await rm(fileOf(linked));
    const next = await load(first);
    expect(next.stats.mode).toBe('full');
    expect(next.result.ok).toBe(false);
    expect(next.result.ok ? [] : next.result.problems.map((p) => p.code)).toContain('broken-internal-link');
  });

  it('reads everything again when a file other than an article changes', async () => {
    const first = await load();
    await appendFile(path.join(contentDir, 'site.yaml'), '\n# edited\n');
    expect((await load(first)).stats.mode).toBe('full');
  });

  it('reports a broken edit with its file and line, as a full load does', async () => {
    const twin = await addTwin();
    const first = await load();
    await writeFile(twin, '---\ntitle: Fine\ndate: not a date\n---\nBody.\n');
    const next = await load(first);
    expect(next.stats.mode).toBe('changes');
    expect(next.result.ok).toBe(false);
    const full = await fullLoad();
    expect(next.result.ok ? [] : next.result.problems).toEqual(full.result.ok ? [] : full.result.problems);
  });

  it('gives the same index back when nothing changed', async () => {
    const first = await load();
    const next = await load(first);
    expect(next.stats.mode).toBe('unchanged');
    expect(next.result.ok && first.result.ok && next.result.value === first.result.value).toBe(true);
  });

  it('reads everything again when the last story of a tag goes', async () => {
    const first = await load();
    if (!first.result.ok) throw new Error('the archive did not load');
    const { byTag } = first.result.value;
    const { unlinked } = linkedAndUnlinked(first);
    const text = await readFile(fileOf(unlinked), 'utf8');
    // A tag of its own, which the edit then takes away again.
    await writeFile(fileOf(unlinked), text.replace(/^tags: \[/m, 'tags: ["Only here", '));
    const tagged = await load(first);
    expect(tagged.stats.mode).toBe('changes');
    expect(tagged.result.ok && tagged.result.value.byTag.get('only-here')?.length).toBe(1);
    expect(byTag.has('only-here')).toBe(false);
    await writeFile(fileOf(unlinked), text);
    expect((await load(tagged)).stats.mode).toBe('full');
  });
});

describe('a publish that names its articles', { timeout: 30_000 }, () => {
  const publish = (previous: LoadedIndex, changedSlugs: string[]) =>
    loadContentIndex(contentDir, { cacheDir, publicDir, previous, changedSlugs });
  const slugOf = (i: number) => archive.articles[i]!.slug;
  const titleOf = (loaded: LoadedIndex, slug: string) =>
    loaded.result.ok ? loaded.result.value.bySlug.get(slug)?.title : undefined;

  it('picks up a new article, an edit and a deletion, as a full load does', async () => {
    const twin = await addTwin();
    const first = await load();
    const text = await readFile(fileOf(13), 'utf8');
    await writeFile(path.join(contentDir, 'articles', 'named-story.md'), text.replace(/^title: .*$/m, 'title: "Named"'));
    const edited = (await readFile(fileOf(4), 'utf8')).replace(/^title: .*$/m, 'title: "An edited headline"');
    await writeFile(fileOf(4), edited);
    await rm(twin);
    const next = await publish(first, ['named-story', slugOf(4), 'twin-story']);
    expect(next.stats).toEqual({ parsed: 2, reused: 13, mode: 'changes' });
    expect(titleOf(next, slugOf(4))).toBe('An edited headline');
    expect(titleOf(next, 'named-story')).toBe('Named');
    expect(titleOf(next, 'twin-story')).toBeUndefined();
    expect(await answers(next)).toEqual(await answers(await fullLoad()));
  });

  it('sees a file deleted or added that it does not name, as the folder is listed', async () => {
    const twin = await addTwin();
    const first = await load();
    await rm(twin);
    const text = await readFile(fileOf(13), 'utf8');
    await writeFile(path.join(contentDir, 'articles', 'unnamed.md'), text.replace(/^title: .*$/m, 'title: "Unnamed"'));
    const next = await publish(first, [slugOf(2)]);
    expect(titleOf(next, 'twin-story')).toBeUndefined();
    expect(titleOf(next, 'unnamed')).toBe('Unnamed');
  });

  it('leaves an edit it does not name to the check that stamps every file', async () => {
    const first = await load();
    const before = titleOf(first, slugOf(6));
    const text = await readFile(fileOf(6), 'utf8');
    await writeFile(fileOf(6), text.replace(/^title: .*$/m, 'title: "Edited without a word"'));
    const named = await publish(first, [slugOf(2)]);
    expect(named.origin.assumed).toBe(true);
    expect(titleOf(named, slugOf(6))).toBe(before);
    const checked = await load(named);
    expect(checked.origin.assumed).toBeUndefined();
    expect(checked.stats).toEqual({ parsed: 1, reused: 13, mode: 'changes' });
    expect(titleOf(checked, slugOf(6))).toBe('Edited without a word');
  });

  it('always stamps the files other than articles, which every page shows', async () => {
    const first = await load();
    await appendFile(path.join(contentDir, 'site.yaml'), '\n# edited\n');
    expect((await publish(first, [slugOf(2)])).stats.mode).toBe('full');
  });

  it('finds a named article by the file its slug was read from', async () => {
    const first = await load();
    const text = await readFile(fileOf(5), 'utf8');
    // The file's name is not its slug: the front matter's slug is.
    const renamed = text.replace(/^title: .*$/m, 'title: "Slug from the front matter"\nslug: chosen-slug');
    const file = path.join(contentDir, 'articles', 'file-name-only.md');
    await writeFile(file, renamed);
    const added = await publish(first, ['chosen-slug']);
    expect(titleOf(added, 'chosen-slug')).toBe('Slug from the front matter');
    await writeFile(file, renamed.replace('"Slug from the front matter"', '"A second edit"'));
    expect(titleOf(await publish(added, ['chosen-slug']), 'chosen-slug')).toBe('A second edit');
  });
});
