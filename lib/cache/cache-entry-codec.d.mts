/** Turns a cache entry into a JSON string for Redis, keeping its Buffers and Maps. */
export function encodeEntry(entry: unknown): string;
/** Reads an entry written by encodeEntry, restoring its Buffers and Maps. */
export function decodeEntry(text: string): unknown;
