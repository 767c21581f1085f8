import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { showPath } from '@/lib/content/file-stamps';
import { checkContent } from '@/lib/cli/check-content';
import { countReport, type ImportReport } from '@/lib/import/import-report';
import { runImport } from '@/lib/import/run-import';
import { openWordpressExport } from '@/lib/import/wordpress/read-wordpress';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures');
const EXPORT = path.join(FIXTURES, 'import/wordpress/export.xml');
const UPLOADS = path.join(FIXTURES, 'import/wordpress/uploads');

let root: string;
let contentDir: string;
let publicDir: string;

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'import-'));
  contentDir = path.join(root, 'content');
  publicDir = path.join(root, 'public');
  cpSync(path.join(FIXTURES, 'content'), contentDir, { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

async function importFixture(
  options: { dryRun?: boolean; force?: boolean; exportFile?: string; uploads?: boolean } = {},
): Promise<ImportReport> {
  const source = await openWordpressExport(options.exportFile ?? EXPORT, 'export.xml');
  return runImport(source, {
    contentDir,
    publicDir,
    uploadsDir: options.uploads === false ? undefined : UPLOADS,
    dryRun: options.dryRun,
    force: options.force,
  });
}

const read = (relative: string) => readFileSync(path.join(contentDir, relative), 'utf8');
const entry = (report: ImportReport, id: string) => {
  const found = report.entries.find((e) => e.sourceId === id);
  if (!found) throw new Error(`no entry for ${id}`);
  return found;
};
function listFiles(dir: string): Record<string, string> {
  if (!existsSync(dir)) return {};
  const files: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile())
      files[path.join(e.parentPath, e.name)] = readFileSync(path.join(e.parentPath, e.name), 'base64');
  return files;
}

describe('runImport from a WordPress export', () => {
  it('writes each post as an article with its status, aliases, featured image and summary', async () => {
    const report = await importFixture();
    expect(entry(report, 'wp:101')).toMatchObject({
      action: 'created',
      path: showPath(path.join(contentDir, 'articles/2012/council-votes-to-freeze-rail-fares.md')),
      comments: 2,
    });
    const story = read('articles/2012/council-votes-to-freeze-rail-fares.md');
    expect(story).toContain('title: Council votes to freeze “rail” fares & parking\n');
    expect(story).toContain(
      "date: '2012-01-07T09:30:00Z'\nupdated: '2012-01-09T14:00:00Z'\nauthor: jane-smith\nsection: news\n",
    );
    expect(story).toContain('summary: A freeze on fares & a rise in parking.\n');
    expect(story).toContain('image: /images/2012/01/tram.jpg\nimageAlt: A green tram crossing the viaduct\n');
    expect(story).toContain(
      "imageCaption: 'The festival tram at Hebden Bridge & Todmorden. Photo: J. Smith'\nfeatured: true\n",
    );
    expect(story).toContain(
      'aliases: [/2012/01/07/council-votes-to-freeze-rail-fares/, /?p=101, fares-frozen]',
    );
    expect(existsSync(path.join(publicDir, 'images/2012/01/tram.jpg'))).toBe(true);
    expect(read('articles/2014/staff-rota.md')).toContain('draft: true');
    expect(read('articles/2014/subscribers-briefing.md')).toContain('draft: true');
    const scheduled = read('articles/2031/market-hall-to-reopen.md');
    expect(scheduled).toContain("date: '2031-04-01T07:00:00Z'");
    expect(scheduled).not.toContain('draft');
    expect(read('articles/2015/東京の鉄道.md')).toContain('tags: [鉄道, Τρένα]');
  });

  it('trims 42 tags to 30, names a story without a title, and gives a taken slug -2, each reported with its line', async () => {
    const report = await importFixture();
    const tags = entry(report, 'wp:101').problems.find((p) => p.code === 'too-many-tags');
    expect(tags).toMatchObject({ file: 'export.xml', line: 27, severity: 'note', output: { line: 7 } });
    expect(tags?.message).toMatch(/^had 42 tags; kept the first 30, left out Topic 30, /);
    expect(entry(report, 'wp:102').problems).toContainEqual(
      expect.objectContaining({
        code: 'no-title',
        severity: 'fix',
        line: 100,
        output: { file: showPath(path.join(contentDir, 'articles/2013/post-wp-102.md')), line: 2 },
      }),
    );
    expect(entry(report, 'wp:107').path).toMatch(/articles\/2016\/council-votes-to-freeze-rail-fares-2\.md$/);
    expect(entry(report, 'wp:107').problems.map((p) => p.code)).toEqual([
      'duplicate-slug',
      'image-too-small',
    ]);
  });

  it('reports what is left out and what the body lost, with the export line', async () => {
    const report = await importFixture();
    expect(entry(report, 'wp:109')).toMatchObject({
      action: 'skipped',
      reason: 'an auto-draft WordPress saved by itself, never written',
    });
    expect(report.skippedKinds).toEqual({ nav_menu_item: 1, revision: 1 });
    expect(
      entry(report, 'wp:108')
        .problems.filter((p) => p.severity === 'fix')
        .map((p) => [p.code, p.line]),
    ).toEqual([
      ['unknown-shortcode', 244],
      ['missing-image', 246],
    ]);
    expect(countReport(report)).toMatchObject({ created: 9, skipped: 3, comments: 3 });
  });

  it('points links to another imported story at its new address', async () => {
    await importFixture();
    expect(read('articles/2017/food-festival.md')).toContain(
      '[more stalls](/news/council-votes-to-freeze-rail-fares)',
    );
  });

  it('writes the mapping file, the new sections and authors, and a page', async () => {
    const report = await importFixture();
    expect(read('import-map.yaml')).toContain('"Food & Drink": food-drink  # 3 stories');
    expect(read('sections.yaml')).toContain(
      '- slug: food-drink\n  name: Food & Drink\n  description: Where the valley eats.\n  order: 3\n',
    );
    expect(read('authors/jane-smith.yaml')).toBe(
      'name: Jane Smith\nrole: Contributor\nbio: Jane covered the council for twenty years.\n',
    );
    expect(read('authors/mario-brown.yaml')).toContain('name: Mário Brown\n');
    expect(read('pages/advertise.md')).toContain(
      'title: Advertise with us\ndescription: Reach the whole valley. Call the office.\n',
    );
    // The fixture site has its own about page: the import never overwrites it.
    expect(entry(report, 'wp:301').action).toBe('skipped');
    expect(read('pages/about.md')).toBe(readFileSync(path.join(FIXTURES, 'content/pages/about.md'), 'utf8'));
  });

  it('leaves a content folder check:content passes', async () => {
    await importFixture();
    const check = await checkContent(contentDir, { publicDir, cacheDir: undefined });
    expect(check.output).toMatch(/Content OK: \d+ articles/);
    expect(check.exitCode).toBe(0);
  });

  it('without the uploads, reports each image it could not bring across, and check:content still passes', async () => {
    const report = await importFixture({ uploads: false });
    expect(entry(report, 'wp:101').problems).toContainEqual(
      expect.objectContaining({ code: 'image-not-copied', severity: 'fix' }),
    );
    expect(read('articles/2012/council-votes-to-freeze-rail-fares.md')).not.toContain('image:');
    expect((await checkContent(contentDir, { publicDir, cacheDir: undefined })).exitCode).toBe(0);
  });
});

describe('running an import twice', () => {
  it('changes nothing the second time', async () => {
    await importFixture();
    const before = { ...listFiles(contentDir), ...listFiles(publicDir) };
    const second = await importFixture();
    expect(countReport(second)).toMatchObject({ created: 0, updated: 0, unchanged: 9 });
    expect(second.files).toEqual([]);
    expect({ ...listFiles(contentDir), ...listFiles(publicDir) }).toEqual(before);
  });

  it('keeps a file an editor changed, unless --force', async () => {
    await importFixture();
    const file = path.join(contentDir, 'articles/2014/staff-rota.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn editor's line.\n`);
    const kept = await importFixture();
    expect(entry(kept, 'wp:104')).toMatchObject({
      action: 'kept',
      reason: 'changed by an editor since the last import; --force overwrites it',
    });
    expect(readFileSync(file, 'utf8')).toContain("An editor's line.");
    const forced = await importFixture({ force: true });
    expect(entry(forced, 'wp:104').action).toBe('updated');
    expect(readFileSync(file, 'utf8')).not.toContain("An editor's line.");
  });

  it('updates the file of a post whose source changed, in place', async () => {
    await importFixture();
    const changed = path.join(root, 'changed.xml');
    writeFileSync(
      changed,
      readFileSync(EXPORT, 'utf8').replace('Market hall to reopen in spring', 'Market hall to reopen in May'),
    );
    const report = await importFixture({ exportFile: changed });
    expect(entry(report, 'wp:103')).toMatchObject({ action: 'updated' });
    expect(countReport(report)).toMatchObject({ created: 0, updated: 1 });
    expect(read('articles/2031/market-hall-to-reopen.md')).toContain('title: Market hall to reopen in May');
  });

  it('uses the edited mapping file on the next run', async () => {
    await importFixture();
    const mapFile = path.join(contentDir, 'import-map.yaml');
    writeFileSync(
      mapFile,
      readFileSync(mapFile, 'utf8')
        .replace('"Food & Drink": food-drink', '"Food & Drink": business')
        .replace('Rail: Rail', 'Rail: Railways'),
    );
    const report = await importFixture();
    expect(entry(report, 'wp:108').action).toBe('updated');
    expect(read('articles/2017/food-festival.md')).toContain('section: business');
    expect(read('articles/2016/council-votes-to-freeze-rail-fares-2.md')).toContain('tags: [Railways]');
    expect((await checkContent(contentDir, { publicDir, cacheDir: undefined })).exitCode).toBe(0);
  });
});

describe('a dry run', () => {
  it('writes nothing and reports what it would do', async () => {
    const before = listFiles(root);
    const report = await importFixture({ dryRun: true });
    expect(listFiles(root)).toEqual(before);
    expect(report.dryRun).toBe(true);
    expect(countReport(report)).toMatchObject({ created: 9 });
  });
});
