import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatSiteTime, generateArchive } from '@/lib/bench/generate-archive';
import { parseContentDate } from '@/lib/dates/parse-content-date';
import { writeArchive, writeGeneratedArchive } from '@/lib/bench/write-archive';
import { loadContentIndex } from '@/lib/content/load-content-index';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('generateArchive', () => {
  it('writes identical files for the same seed and different ones for another seed', () => {
    const first = generateArchive({ articles: 40, seed: 7 });
    expect(generateArchive({ articles: 40, seed: 7 }).files).toEqual(first.files);
    const other = generateArchive({ articles: 40, seed: 8 });
    expect(other.files.map((f) => f.text)).not.toEqual(first.files.map((f) => f.text));
  });

  it('writes the same files straight to disk, as they are made, as generateArchive returns', async () => {
    const archive = generateArchive({ articles: 30, seed: 7 });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'archive-streamed-'));
    dirs.push(dir);
    expect(await writeGeneratedArchive(dir, { articles: 30, seed: 7 })).toEqual(archive.articles);
    const written = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((e) => e.isFile())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
    expect(written.toSorted()).toEqual(archive.files.map((f) => f.path).toSorted());
    for (const file of archive.files)
      expect(await readFile(path.join(dir, file.path), 'utf8')).toBe(file.text);
  });

  it('generates an archive the real loader accepts, with the shapes of a real one', async () => {
    const archive = generateArchive({ articles: 200, seed: 3 });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'archive-'));
    dirs.push(dir);
    await writeArchive(dir, archive.files);
    const { result } = await loadContentIndex(dir, { publicDir: path.resolve('public') });
    if (!result.ok) throw new Error(JSON.stringify(result.problems.slice(0, 5), null, 2));
    const { articles, authors, sections } = result.value;

    expect(articles).toHaveLength(200);
    expect(new Set(articles.map((a) => a.slug))).toEqual(new Set(archive.articles.map((a) => a.slug)));
    expect(sections.map((s) => s.slug)).toContain('news');
    expect(authors.size).toBeGreaterThanOrEqual(8);
    for (const article of articles) {
      expect(article.tags.length).toBeGreaterThanOrEqual(2);
      expect(article.tags.length).toBeLessThanOrEqual(5);
      expect(article.wordCount).toBeGreaterThanOrEqual(300);
      expect(article.wordCount).toBeLessThanOrEqual(1500);
    }
    const years = new Set(articles.map((a) => a.date.slice(0, 4)));
    expect(years.size).toBeGreaterThanOrEqual(10);
    expect(articles.some((a) => a.updated)).toBe(true);
    expect(articles.some((a) => a.authors.length > 1)).toBe(true);
    expect(articles.some((a) => a.related.length > 0)).toBe(true);
    expect(articles.some((a) => a.linksTo.length > 0)).toBe(true);
    expect(articles.some((a) => a.image?.width && a.image.alt)).toBe(true);
  }, 60_000);

  it('gives tags a skewed distribution: a few on many articles, most on few', () => {
    const { files } = generateArchive({ articles: 500, seed: 5 });
    const counts = new Map<string, number>();
    for (const file of files.filter((f) => f.path.startsWith('articles/'))) {
      const tags = JSON.parse(/^tags: (\[.*\])$/m.exec(file.text)?.[1] ?? '[]') as string[];
      for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    expect(sorted[0]).toBeGreaterThan(10 * median);
  });

  it('writes times that read back in order across the hour London skips in spring', () => {
    // Every minute of the night the clocks went forward in 2025 (Sunday 30 March), as the
    // generator's wall-clock times: each must be read as no earlier than the one before.
    const start = Date.parse('2025-03-30T00:00:00Z');
    let previous = -Infinity;
    for (let minute = 0; minute < 4 * 60; minute++) {
      const written = formatSiteTime(start + minute * 60_000);
      const read = parseContentDate(written, 'Europe/London')?.getTime() ?? Number.NaN;
      expect(read, written).toBeGreaterThanOrEqual(previous);
      previous = read;
    }
    expect(formatSiteTime(Date.parse('2025-03-30T01:51:00Z'))).toBe('2025-03-30T02:00');
    expect(formatSiteTime(Date.parse('2025-03-30T02:10:00Z'))).toBe('2025-03-30T02:10');
    // A Sunday in March that is not the last keeps its hour.
    expect(formatSiteTime(Date.parse('2025-03-23T01:30:00Z'))).toBe('2025-03-23T01:30');
  });
});
