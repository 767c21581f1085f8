import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';

// A file starts with these bytes, then the SHA-256 of the rest, so a torn or altered file is noticed.
const MAGIC = Buffer.from('NLPC');
const HEADER = MAGIC.length + 32;

/**
 * Reads a value written by writeCacheFile (node:v8 serialisation behind a checksum). A missing, torn or
 * altered file gives undefined, never an error: a cache can always be rebuilt.
 */
export async function readCacheFile(file: string): Promise<unknown> {
  try {
    const bytes = await readFile(file);
    const payload = bytes.subarray(HEADER);
    const checksum = createHash('sha256').update(payload).digest();
    if (
      !bytes.subarray(0, MAGIC.length).equals(MAGIC) ||
      !checksum.equals(bytes.subarray(MAGIC.length, HEADER))
    )
      return undefined;
    return deserialize(payload);
  } catch {
    return undefined;
  }
}

/**
 * Writes a value for readCacheFile, replacing the file in one step so a reader never sees half of it.
 * Failing to write (a read-only disk) only costs the next run its head start, so it is not an error.
 */
export async function writeCacheFile(file: string, value: unknown): Promise<void> {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    const payload = serialize(value);
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

/** The cache file of one kind for a content folder: one per folder, so two archives never evict each other. */
export function cacheFileFor(cacheDir: string, contentDir: string, kind: string): string {
  const id = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, `${kind}-${id}.bin`);
}
