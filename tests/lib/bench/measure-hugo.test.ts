import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateArchive } from '@/lib/bench/generate-archive';
import { compareRendered, measureHugo, toHugoArticle } from '@/lib/bench/measure-hugo';
import { writeArchive } from '@/lib/bench/write-archive';

const HUGO = process.env.HUGO_PATH ?? '/usr/bin/hugo';
const ARTICLES = 20;

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

// Go's html/template escapes these in text and attributes.
const escapeGo = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&#34;').replace(/</g, '&lt;');

describe('measureHugo', () => {
  it('builds every generated article once, under its section, with its title, date and body', async () => {
    // Not skipped: a missing Hugo would quietly take the bench's comparison away. CI installs it.
    if (!existsSync(HUGO))
      throw new Error(`${HUGO} is not installed: apt-get install hugo (.ci/run does), or set HUGO_PATH`);
    const archive = generateArchive({ articles: ARTICLES, seed: 'hugo' });
    const dir = await mkdtemp(path.join(os.tmpdir(), 'measure-hugo-'));
    dirs.push(dir);
    await writeArchive(path.join(dir, 'content'), archive.files);

    const result = await measureHugo(path.join(dir, 'content'), { publicDir: path.join(dir, 'public') });
    expect(result).toMatchObject({ pages: ARTICLES, wallMs: expect.any(Number) });

    for (const article of [archive.articles[0]!, archive.articles[ARTICLES - 1]!]) {
      const html = await readFile(
        path.join(dir, 'public', article.section, article.slug, 'index.html'),
        'utf8',
      );
      const source = archive.files.find((f) => f.path === article.path)!.text;
      expect(html).toContain(`<h1>${escapeGo(article.title)}</h1>`);
      // The date as written (site time), not Hugo's year 1 for a date it could not read.
      expect(html).toContain(`datetime="${/^date: (\S+)$/m.exec(source)![1]}:00`);
      expect(html).toContain(`<a href="/${article.section}/">`);
      const heading = /^## (.+)$/m.exec(source)![1]!;
      expect(html).toContain(`">${escapeGo(heading)}</h2>`);
    }
  }, 60_000);

  it('reports Hugo as skipped, with the reason, when the binary is absent', async () => {
    expect(await measureHugo('/nonexistent', { hugo: '/nonexistent/hugo' })).toEqual({
      skipped: '/nonexistent/hugo is not installed (apt-get install hugo)',
    });
  });
});

describe('measureHugo on an archive too large for the machine', () => {
  it('skips it with the memory it would need, and runs one that fits', async () => {
    const tooLarge = await measureHugo('/nonexistent', {
      hugo: process.execPath,
      articles: 1_000_000,
      memoryBytes: 24 * 2 ** 30,
    });
    expect(tooLarge).toEqual({
      skipped: expect.stringMatching(
        /^Hugo would need about 140 GB for 1,000,000 articles .* this machine's 24 GB$/,
      ),
    });
  });
});

describe('toHugoArticle', () => {
  it("maps the front matter to Hugo's names and leaves the body alone", () => {
    const source =
      '---\ntitle: "A"\ndate: 2024-03-14T09:30\nauthor: [jo, al]\nsection: news\nupdated: 2024-03-15T10:00\n' +
      'corrections:\n  - date: 2024-03-16T09:30\n    text: "x"\n---\n\ndate: 2024-01-01T00:00 in the body\n';
    expect(toHugoArticle('a-1.md', source)).toEqual({
      section: 'news',
      file: 'a-1.md',
      text:
        '---\ntitle: "A"\ndate: 2024-03-14T09:30:00\nauthors: [jo, al]\nsection: news\nlastmod: 2024-03-15T10:00:00\n' +
        'corrections:\n  - date: 2024-03-16T09:30\n    text: "x"\n---\n\ndate: 2024-01-01T00:00 in the body\n',
    });
  });

  it('refuses an article Hugo could not place', () => {
    expect(() => toHugoArticle('a.md', '---\ntitle: A\n---\nText\n')).toThrow('a.md has no section');
    expect(() => toHugoArticle('b.md', 'Text\n')).toThrow('b.md has no front matter');
  });
});

describe('compareRendered', () => {
  const expected = ['a', 'b', 'c'].map((slug) => ({ section: 'news', file: `${slug}.md`, text: '' }));

  it('is silent when every article has its page, and names the missing and the unexpected', () => {
    expect(compareRendered(expected, ['news/a', 'news/b', 'news/c'])).toBeUndefined();
    expect(compareRendered(expected, ['news/a', 'news/c', 'sport/b'])).toBe(
      '3 articles, 3 article pages; missing news/b; unexpected sport/b',
    );
  });
});
