import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { Root } from 'hast';

/**
 * Where parsed body trees are kept, by body key, so a page renders the tree its article was checked
 * with and never reads or parses the file again.
 */
export interface TreeStore {
  get(key: string): Root | undefined;
  has(key: string): boolean;
  put(key: string, tree: Root): void;
  /** Forgets every tree but those of `keep`, and those of older parsers. */
  prune(keep: ReadonlySet<string>): void;
}

/** Trees held in memory: for tests and for CONTENT_CACHE_DIR=off, where nothing is written to disk. */
export function createMemoryTreeStore(): TreeStore {
  const trees = new Map<string, Root>();
  return {
    get: (key) => trees.get(key),
    has: (key) => trees.has(key),
    put: (key, tree) => void trees.set(key, tree),
    prune: (keep) => {
      for (const key of trees.keys()) if (!keep.has(key)) trees.delete(key);
    },
  };
}

/**
 * Trees kept on disk, one file each (node:v8 serialisation, ~20 KB for a 1,000-word story) under
 * `<root>/<parser>/<ab>/<key>.bin`, so memory holds only the trees pages are rendering. `parser` is
 * the parser's fingerprint: a new parser never reads an old one's trees. Files are written whole to a
 * temporary name and renamed, so build workers reading and writing the same tree never see half of one.
 */
export function createDiskTreeStore(root: string, parser: string): TreeStore {
  const dir = path.join(root, parser);
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.bin`);
  return {
    get(key) {
      try {
        return deserialize(readFileSync(fileOf(key))) as Root; // written by put() from a Root
      } catch {
        return undefined;
      }
    },
    has: (key) => existsSync(fileOf(key)),
    put(key, tree) {
      const file = fileOf(key);
      const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      try {
        mkdirSync(path.dirname(file), { recursive: true });
        writeFileSync(temporary, serialize(tree));
        renameSync(temporary, file);
      } catch {
        // A read-only disk costs the page a parse of the file (see loadArticleBodyTree), not an error.
        rmSync(temporary, { force: true });
      }
    },
    prune(keep) {
      for (const other of list(root))
        if (other !== parser) rmSync(path.join(root, other), { recursive: true, force: true });
      for (const shard of list(dir))
        for (const file of list(path.join(dir, shard)))
          if (!keep.has(file.replace(/\.bin$/, ''))) rmSync(path.join(dir, shard, file), { force: true });
    },
  };
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
