import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { type Stamping, showPath, stampFiles } from '@/lib/content/file-stamps';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

let dir = '';
const file = (name: string) => path.join(dir, name);
const shown = (name: string) => showPath(file(name));
const HOUR_AGO = new Date(Date.now() - 3_600_000);

// Every folder's time put an hour back, as an archive's folders are between publishes.
async function settle(...folders: string[]) {
  for (const folder of ['', 'articles', 'articles/2024', 'articles/2025', ...folders])
    await utimes(file(folder), HOUR_AGO, HOUR_AGO).catch(() => undefined);
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'stamps-'));
  dirs.push(dir);
  await mkdir(file('articles/2024'), { recursive: true });
  await mkdir(file('articles/2025'), { recursive: true });
  await mkdir(file('live/story'), { recursive: true });
  for (const name of ['site.yaml', 'articles/2024/b.md', 'articles/2024/a.md', 'articles/2025/c.md', 'live/story/u.md'])
    await writeFile(file(name), name);
  await settle();
});

const full = () => stampFiles(dir, { skip: 'live' });
// A publish's stamping: earlier stamps and listing kept, only `named` stamped again.
const publish = (earlier: Stamping, ...named: string[]) =>
  stampFiles(dir, {
    skip: 'live',
    keep: { ...earlier, unless: (f) => named.map(shown).includes(f) },
  });

describe('stamping the content folder', () => {
  it('stamps every file in path order, leaving out the skipped folder, and lists each folder', async () => {
    const { stamps, listing } = await full();
    expect([...stamps.keys()]).toEqual(
      ['articles/2024/a.md', 'articles/2024/b.md', 'articles/2025/c.md', 'site.yaml'].map(shown),
    );
    expect(stamps.get(shown('site.yaml'))).toMatch(/^9:\d/);
    expect([...listing.folders.keys()].sort()).toEqual(
      [shown(''), shown('articles'), shown('articles/2024'), shown('articles/2025')].sort(),
    );
  });

  it('finds files added and deleted since, in folders whose time moved, and names them', async () => {
    const earlier = await full();
    await writeFile(file('articles/2025/new.md'), 'new');
    await rm(file('articles/2024/b.md'));
    const next = await publish(earlier);
    expect(next.changed?.sort()).toEqual([shown('articles/2024/b.md'), shown('articles/2025/new.md')].sort());
    expect([...next.stamps]).toEqual([...(await full()).stamps]);
  });

  it('lists again only the folders whose time moved', async () => {
    const earlier = await full();
    // A file slipped into a folder whose time is then put back is not seen by a publish...
    await writeFile(file('articles/2024/unseen.md'), 'unseen');
    await settle();
    expect((await publish(earlier)).stamps.has(shown('articles/2024/unseen.md'))).toBe(false);
    // ...but is by the stamping of every file, which lists every folder.
    expect((await full()).stamps.has(shown('articles/2024/unseen.md'))).toBe(true);
  });

  it('lists a folder again when it changed just before it was stamped, even if its time stands', async () => {
    await writeFile(file('articles/2025/d.md'), 'd');
    const earlier = await full();
    const { mtime } = await stat(file('articles/2025'));
    await writeFile(file('articles/2025/e.md'), 'e');
    await utimes(file('articles/2025'), mtime, mtime);
    expect((await publish(earlier)).changed).toEqual([shown('articles/2025/e.md')]);
  });

  it('follows a new folder and a deleted one', async () => {
    const earlier = await full();
    await mkdir(file('articles/2026/spring'), { recursive: true });
    await writeFile(file('articles/2026/spring/f.md'), 'f');
    await rm(file('articles/2025'), { recursive: true });
    const next = await publish(earlier);
    expect(next.changed?.sort()).toEqual([shown('articles/2025/c.md'), shown('articles/2026/spring/f.md')].sort());
    expect([...next.stamps]).toEqual([...(await full()).stamps]);
    expect(next.listing.folders.has(shown('articles/2025'))).toBe(false);
    expect(next.listing.folders.has(shown('articles/2026/spring'))).toBe(true);
  });

  it('stamps again the files a publish names, and keeps the stamps of the rest', async () => {
    const earlier = await full();
    await writeFile(file('articles/2024/a.md'), 'an edit in place');
    await writeFile(file('articles/2024/b.md'), 'an edit not named');
    await settle();
    const next = await publish(earlier, 'articles/2024/a.md');
    expect(next.changed).toEqual([shown('articles/2024/a.md')]);
    expect(next.stamps.get(shown('articles/2024/b.md'))).toBe(earlier.stamps.get(shown('articles/2024/b.md')));
  });
});
