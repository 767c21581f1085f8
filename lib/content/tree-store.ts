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
  /** The start of the body as plain text, stored with its tree, for search and snippets. */
  text(key: string): string | undefined;
  /** True when both the tree and its text are stored. */
  has(key: string): boolean;
  put(key: string, tree: Root, text?: string): void;
  /** Forgets every tree but those of `keep`, and those of older parsers. */
  prune(keep: ReadonlySet<string>): void;
}

/** Trees held in memory: for tests and for CONTENT_CACHE_DIR=off, where nothing is written to disk. */
export function createMemoryTreeStore(): TreeStore {
  const trees = new Map<string, Root>();
  const texts = new Map<string, string>();
  return {
    get: (key) => trees.get(key),
    text: (key) => texts.get(key),
    has: (key) => trees.has(key) && texts.has(key),
    put: (key, tree, text) => {
      trees.set(key, tree);
      if (text !== undefined) texts.set(key, text);
    },
    prune: (keep) => {
      for (const key of trees.keys()) if (!keep.has(key)) trees.delete(key);
      for (const key of texts.keys()) if (!keep.has(key)) texts.delete(key);
    },
  };
}

/**
 * Trees kept on disk, one file each (node:v8 serialisation, ~20 KB for a 1,000-word story) under
 * `<root>/<parser>/<ab>/<key>.bin`, so memory holds only the trees pages are rendering. `parser` is
 * the parser's fingerprint: a new parser never reads an old one's trees. Files are written whole to a
 * temporary name and renamed, so build workers reading and writing the same tree never see half of one.
 * The body's text sits beside its tree (`<key>.txt`), written after it: the server's memory holds
 * neither, and search reads a text only when its article changed.
 */
export function createDiskTreeStore(root: string, parser: string): TreeStore {
  const dir = path.join(root, parser);
  const fileOf = (key: string, kind = 'bin') => path.join(dir, key.slice(0, 2), `${key}.${kind}`);
  // A cold build writes two files a story: making each one's folder again and drawing random bytes
  // for each temporary name were ~3 % of its parse.
  const folders = new Set<string>();
  const prefix = `${process.pid}-${randomBytes(4).toString('hex')}`;
  let written = 0;
  const write = (file: string, bytes: Uint8Array | string, again = true): void => {
    const folder = path.dirname(file);
    const temporary = `${file}.${prefix}-${++written}.tmp`;
    try {
      if (!folders.has(folder)) mkdirSync(folder, { recursive: true });
      folders.add(folder);
      writeFileSync(temporary, bytes);
      renameSync(temporary, file);
    } catch {
      removeQuietly(temporary);
      // The folder was removed since (the cache cleared by hand): made again, once.
      if (folders.delete(folder) && again) write(file, bytes, false);
      // A read-only disk costs the page a parse of the file (see loadArticleBodyTree), not an error.
    }
  };
  return {
    get(key) {
      try {
        return deserialize(readFileSync(fileOf(key))) as Root; // written by put() from a Root
      } catch {
        return undefined;
      }
    },
    text(key) {
      try {
        return readFileSync(fileOf(key, 'txt'), 'utf8');
      } catch {
        return undefined;
      }
    },
    // The text is written last, so it stands for both.
    has: (key) => existsSync(fileOf(key, 'txt')) && existsSync(fileOf(key)),
    put(key, tree, text) {
      write(fileOf(key), serialize(tree));
      if (text !== undefined) write(fileOf(key, 'txt'), text);
    },
    prune(keep) {
      for (const other of list(root))
        if (other !== parser) rmSync(path.join(root, other), { recursive: true, force: true });
      for (const shard of list(dir))
        for (const file of list(path.join(dir, shard)))
          if (!keep.has(file.replace(/\.(bin|txt)$/, ''))) rmSync(path.join(dir, shard, file), { force: true });
    },
  };
}

// force covers a file that is not there, not a path through something that is not a folder.
function removeQuietly(file: string): void {
  try {
    rmSync(file, { force: true });
  } catch {
    // Nothing was written there.
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
