import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { PARSE_CACHE_VERSION, type ParseCacheEntries } from './parse-cache';

// A file starts with these bytes, then the SHA-256 of the rest, so a torn or altered file is noticed.
const MAGIC = Buffer.from('NLPC');
const HEADER = MAGIC.length + 32;

/** The parse cache file for a content folder: one per folder, so two archives never evict each other. */
export function parseCacheFile(cacheDir: string, contentDir: string): string {
  const id = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, `parse-${id}.bin`);
}

/** Reads stored parse results; a missing, damaged or outdated file gives none, never an error. */
export async function loadParseCache(file: string): Promise<ParseCacheEntries> {
  try {
    const bytes = await readFile(file);
    const payload = bytes.subarray(HEADER);
    const intact =
      bytes.subarray(0, MAGIC.length).equals(MAGIC) &&
      createHash('sha256').update(payload).digest().equals(bytes.subarray(MAGIC.length, HEADER));
    if (!intact) return new Map();
    const value: unknown = deserialize(payload);
    if (!Array.isArray(value) || value[0] !== PARSE_CACHE_VERSION || !Array.isArray(value[1]))
      return new Map();
    const entries = new Map<string, Uint8Array>();
    for (const entry of value[1] as unknown[]) {
      if (Array.isArray(entry) && typeof entry[0] === 'string' && entry[1] instanceof Uint8Array)
        entries.set(entry[0], entry[1]);
    }
    return entries;
  } catch {
    return new Map();
  }
}

/**
 * Stores parse results, replacing the file in one step so a reader never sees half of it. Failing to
 * write (a read-only disk) only costs the next run its head start, so it is not an error.
 */
export async function saveParseCache(file: string, entries: ParseCacheEntries): Promise<void> {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const payload = serialize([PARSE_CACHE_VERSION, [...entries]]);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(
      temporary,
      Buffer.concat([MAGIC, createHash('sha256').update(payload).digest(), payload]),
    );
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
