import { expect, it } from 'vitest';
import { listTags } from '@/lib/cli/list-tags';
import { FIXTURE_CONTENT } from '../../support/load-fixture-index';

it('lists every tag with its count, display name and address, most used first', async () => {
  const { exitCode, output } = await listTags(FIXTURE_CONTENT, { cacheDir: undefined });
  expect(exitCode).toBe(0);
  const lines = output.split('\n');
  expect(lines[0]).toBe('count  name  address');
  const rows = lines.slice(1, -1).map((line) => /^\s*(\d+) {2}(.+) {2}(\/tags\/\S+)$/.exec(line)?.slice(1));
  expect(rows.every(Boolean)).toBe(true);
  const counts = rows.map((row) => Number(row![0]));
  expect(counts).toEqual(counts.toSorted((a, b) => b - a));
  expect(rows).toContainEqual(['4', 'liverpool', '/tags/liverpool']);
  expect(lines.at(-1)).toBe(`${rows.length} tags.`);
});
