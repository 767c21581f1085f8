import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ContentIndex } from '@/lib/content/content-index';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { seriesParts, seriesPosition } from '@/lib/lists/series-parts';
import { FIXTURE_CONTENT } from '../../support/load-fixture-index';

let dir = '';
let index: ContentIndex;
const reader = { now: new Date('2026-11-30T12:00:00Z'), preview: false };
const part = (slug: string, day: string, extra = '') =>
  writeFile(
    path.join(dir, `articles/${slug}.md`),
    `---\ntitle: ${slug}\ndate: 2026-11-${day}T08:00\nauthor: ada\nsection: news\nseries: docks\n${extra}---\n\nPart.\n`,
  );
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'series-'));
  await cp(FIXTURE_CONTENT, dir, { recursive: true });
  await writeFile(
    path.join(dir, 'series.yaml'),
    '- id: docks\n  name: The docks\n  description: A year on the waterfront.\n',
  );
  await part('docks-three', '20');
  await part('docks-one', '02');
  await part('docks-two', '10');
  await part('docks-draft', '12', 'draft: true\n');
  await writeFile(
    path.join(dir, 'articles/docks-later.md'),
    '---\ntitle: later\ndate: 2099-01-01\nauthor: ada\nsection: news\nseries: docks\n---\n\nLater.\n',
  );
  const { result } = await loadContentIndex(dir);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  index = result.value;
});
afterAll(() => rm(dir, { recursive: true, force: true }));

it('lists a series’ published parts oldest first', () => {
  expect(seriesParts(index, 'docks', reader).map((a) => a.slug)).toEqual([
    'docks-one',
    'docks-two',
    'docks-three',
  ]);
  expect(seriesParts(index, 'nothing', reader)).toEqual([]);
});

it('places a part in its series, with the parts either side', () => {
  const two = index.bySlug.get('docks-two')!;
  expect(seriesPosition(index, two, reader)).toMatchObject({
    id: 'docks',
    name: 'The docks',
    part: 2,
    of: 3,
    previous: { slug: 'docks-one' },
    next: { slug: 'docks-three' },
  });
  const first = seriesPosition(index, index.bySlug.get('docks-one')!, reader);
  expect(first?.previous).toBeUndefined();
  expect(seriesPosition(index, index.bySlug.get('council-budget')!, reader)).toBeUndefined();
});

it('refuses a series that content/series.yaml does not have, naming those it does', async () => {
  await writeFile(
    path.join(dir, 'articles/stray.md'),
    '---\ntitle: Stray\ndate: 2026-11-05\nauthor: ada\nsection: news\nseries: harbour\n---\n\nText.\n',
  );
  const { result } = await loadContentIndex(dir);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.problems).toContainEqual(
    expect.objectContaining({
      field: 'series',
      line: 6,
      message: 'expected a series id from content/series.yaml (docks), found "harbour"',
    }),
  );
  await rm(path.join(dir, 'articles/stray.md'));
});

it('measures a series image for its page, and reports one that is missing', async () => {
  const yaml = (image: string) =>
    writeFile(
      path.join(dir, 'series.yaml'),
      `- id: docks\n  name: The docks\n  description: A year on the waterfront.\n  image: ${image}\n`,
    );
  await yaml('/images/harbour.jpg');
  const measured = await loadContentIndex(dir, { publicDir: path.join(dir, '..', 'no-public') });
  expect(measured.result.ok).toBe(false);
  if (!measured.result.ok)
    expect(measured.result.problems).toContainEqual(
      expect.objectContaining({ field: 'image (docks)', code: 'missing-image' }),
    );
  await yaml('/images/liverpool-research-hub.jpg');
  const { result } = await loadContentIndex(dir, { publicDir: path.resolve('public') });
  expect(result.ok && result.value.series.get('docks')).toMatchObject({
    width: expect.any(Number),
    height: expect.any(Number),
  });
});
