import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { crc32 } from 'node:zlib';

// A file starts with these bytes, then the CRC-32 of the rest, so a torn or damaged file is noticed.
// A checksum, not a digest: the cache folder is the site's own, and SHA-256 of the 100,000-story
// index (98 MB) took 60–200 ms of a server's start, CRC-32 takes 18.
const MAGIC = Buffer.from('NLP2');
const HEADER = MAGIC.length + 4;

function checksumOf(payload: Uint8Array): Buffer {
  const sum = Buffer.alloc(4);
  sum.writeUInt32BE(crc32(payload));
  return sum;
}

/**
 * Reads a value written by writeCacheFile (node:v8 serialisation behind a checksum). A missing, torn or
 * altered file gives undefined, never an error: a cache can always be rebuilt.
 */
export async function readCacheFile(file: string): Promise<unknown> {
  try {
    const bytes = await readFile(file);
    const payload = bytes.subarray(HEADER);
    const checksum = checksumOf(payload);
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
    // The header, then the payload as it is: a copy of the two together was 2.7 GB more of the
    // heap for a million stories' parse cache.
    const handle = await open(temporary, 'w');
    try {
      await handle.write(Buffer.concat([MAGIC, checksumOf(payload)]));
      await handle.writeFile(payload);
    } finally {
      await handle.close();
    }
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
