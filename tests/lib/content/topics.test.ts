import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { loadContentIndex } from '@/lib/content/load-content-index';
import { FIXTURE_CONTENT } from '../../support/load-fixture-index';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'topics-'));
  await cp(FIXTURE_CONTENT, dir, { recursive: true });
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it('gives a tag the display name and description content/tags.yaml has for it, on every story', async () => {
  await writeFile(
    path.join(dir, 'tags.yaml'),
    '- tag: liverpool\n  name: Liverpool\n  description: The city and its region.\n- tag: Manufacturing\n  name: Making things\n',
  );
  const { result } = await loadContentIndex(dir);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const index = result.value;
  const tagged = index.byTag.get('liverpool') ?? [];
  expect(tagged.length).toBeGreaterThan(1);
  for (const article of tagged) expect(article.tags.find((t) => t.slug === 'liverpool')?.name).toBe('Liverpool');
  expect(index.bySlug.get('car-plant-liverpool')?.tags.find((t) => t.slug === 'manufacturing')?.name).toBe(
    'Making things',
  );
  expect(index.topics.get('liverpool')?.description).toBe('The city and its region.');
});

it('keeps a tag as first written without an entry, and reports a broken entry with its file', async () => {
  const plain = await loadContentIndex(dir);
  expect(plain.result.ok && plain.result.value.bySlug.get('car-plant-liverpool')?.tags[0]?.name).toBe('liverpool');
  await writeFile(path.join(dir, 'tags.yaml'), '- tag: liverpool\n  title: Liverpool\n');
  const { result } = await loadContentIndex(dir);
  expect(result.ok).toBe(false);
  if (!result.ok) expect(result.problems[0]?.file).toMatch(/tags\.yaml$/);
});
