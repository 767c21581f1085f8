import { createHash, randomBytes } from 'node:crypto';
import { type FileHandle, mkdir, open, readFile, rename, rm } from 'node:fs/promises';
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
export function writeCacheFile(file: string, value: unknown): Promise<void> {
  // The header, then the payload as it is: a copy of the two together was 2.7 GB more of the
  // heap for a million stories' parse cache.
  return replaceFile(file, async (handle) => {
    const payload = serialize(value);
    await handle.write(Buffer.concat([MAGIC, checksumOf(payload)]));
    await handle.writeFile(payload);
  });
}

// Writes a file under a temporary name and renames it into place, so a reader never sees half of
// it; a failure leaves the old file and removes the temporary one.
async function replaceFile(file: string, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    const handle = await open(temporary, 'w');
    try {
      await write(handle);
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}

// A file of frames instead of one value: a cache bigger than Node reads in one buffer (2 GiB; a
// million stories' parse cache is 2.7 GB) is written and read a part at a time, and never exists
// as one serialised copy in the heap. Each frame is its length, its CRC-32 and its payload; a frame
// of length 0 ends the file, its checksum field holding the number of frames, so a file cut at a
// frame's edge is noticed as surely as one cut inside a frame.
const FRAMES_MAGIC = Buffer.from('NLF1');
const FRAME_HEADER = 8;

/**
 * Writes values one frame each, for readCacheFrames, replacing the file in one step. As writeCacheFile,
 * failing to write is not an error.
 */
export function writeCacheFrames(file: string, values: Iterable<unknown>): Promise<void> {
  return replaceFile(file, async (handle) => {
    await handle.write(FRAMES_MAGIC);
    let frames = 0;
    for (const value of values) {
      const payload = serialize(value);
      await handle.write(frameHeader(payload.length, crc32(payload)));
      await handle.write(payload);
      frames++;
    }
    await handle.write(frameHeader(0, frames));
  });
}

/**
 * Reads the values written by writeCacheFrames, in order, handing each to `take` as it is read. A
 * missing, torn or altered file gives false, never an error; `take` may have seen some of its values.
 */
export async function readCacheFrames(file: string, take: (value: unknown) => void): Promise<boolean> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    const { size } = await handle.stat();
    let position = 0;
    const read = async (length: number) => {
      if (position + length > size) throw new Error('torn');
      const bytes = Buffer.allocUnsafe(length);
      for (let done = 0; done < length; ) {
        const { bytesRead } = await handle!.read(bytes, done, length - done, position + done);
        if (bytesRead === 0) throw new Error('torn');
        done += bytesRead;
      }
      position += length;
      return bytes;
    };
    if (!(await read(FRAMES_MAGIC.length)).equals(FRAMES_MAGIC)) return false;
    for (let frames = 0; ; frames++) {
      const header = await read(FRAME_HEADER);
      const length = header.readUInt32BE(0);
      const checksum = header.readUInt32BE(4);
      if (length === 0) return checksum === frames && position === size;
      const payload = await read(length);
      if (crc32(payload) !== checksum) return false;
      take(deserialize(payload));
    }
  } catch {
    return false;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function frameHeader(length: number, checksum: number): Buffer {
  const header = Buffer.alloc(FRAME_HEADER);
  header.writeUInt32BE(length, 0);
  header.writeUInt32BE(checksum >>> 0, 4);
  return header;
}

/** The cache file of one kind for a content folder: one per folder, so two archives never evict each other. */
export function cacheFileFor(cacheDir: string, contentDir: string, kind: string): string {
  const id = createHash('sha256').update(path.resolve(contentDir)).digest('hex').slice(0, 16);
  return path.join(cacheDir, `${kind}-${id}.bin`);
}
