import { chmod, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Root } from 'hast';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createDiskTreeStore } from '@/lib/content/tree-store';

let root = '';
beforeEach(async () => void (root = await mkdtemp(path.join(os.tmpdir(), 'tree-store-'))));
afterEach(async () => {
  await chmod(root, 0o755).catch(() => undefined);
  await rm(root, { recursive: true, force: true });
});

const tree = (text: string): Root => ({ type: 'root', children: [{ type: 'text', value: text }] });

it('keeps each tree and its text on disk, whole, under its key, leaving no temporary file', async () => {
  const store = createDiskTreeStore(root, 'parser-1');
  store.put('abc', tree('first'), 'First text');
  store.put('abd', tree('second'), 'Second text');
  expect(store.get('abc')).toEqual(tree('first'));
  expect(store.text('abd')).toBe('Second text');
  expect(store.has('abc') && store.has('abd')).toBe(true);
  expect(store.has('zzz')).toBe(false);
  // A second store (another process) reads what the first wrote.
  expect(createDiskTreeStore(root, 'parser-1').get('abd')).toEqual(tree('second'));
  const files = await readdir(path.join(root, 'parser-1', 'ab'));
  expect(files.toSorted()).toEqual(['abc.bin', 'abc.txt', 'abd.bin', 'abd.txt']);
});

it('makes its folders again when they are removed while it runs', async () => {
  const store = createDiskTreeStore(root, 'parser-1');
  store.put('abc', tree('first'), 'First text');
  await rm(path.join(root, 'parser-1'), { recursive: true });
  store.put('abd', tree('second'), 'Second text');
  expect(store.get('abd')).toEqual(tree('second'));
  expect(store.text('abd')).toBe('Second text');
});

it('stores nothing, and throws nothing, where it cannot write', async () => {
  if (process.getuid?.() === 0) {
    // root writes through permissions: a file where the folder should be blocks it instead.
    const { writeFile } = await import('node:fs/promises');
    await writeFile(path.join(root, 'parser-1'), 'not a folder');
  } else await chmod(root, 0o555);
  const store = createDiskTreeStore(root, 'parser-1');
  expect(() => store.put('abc', tree('first'), 'First text')).not.toThrow();
  expect(store.has('abc')).toBe(false);
  expect(store.get('abc')).toBeUndefined();
});
