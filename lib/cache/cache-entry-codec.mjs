// Loaded by Next.js at run time from next.config.mjs, outside the bundler, so this is plain JavaScript.

/**
 * Turns a cache entry into a JSON string for Redis. Next.js's entries hold Buffers (RSC payloads, route
 * bodies) and Maps (per-segment prefetch data), which plain JSON would turn into unreadable objects.
 * @param {unknown} entry
 * @returns {string}
 * @example decodeEntry(encodeEntry({ body: Buffer.from('hi') })).body.toString() // 'hi'
 */
export function encodeEntry(entry) {
  return JSON.stringify(
    entry,
    /** @this {Record<string, unknown>} */ function replace(key, value) {
      // `this[key]` is the value before Buffer#toJSON ran; `value` is already its { type, data } form.
      const raw = this[key];
      if (raw instanceof Uint8Array)
        return { $buffer: Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString('base64') };
      if (raw instanceof Map) return { $map: [...raw] };
      return value;
    },
  );
}

/**
 * Reads an entry written by encodeEntry, restoring its Buffers and Maps.
 * @param {string} text
 * @returns {unknown}
 */
export function decodeEntry(text) {
  return JSON.parse(text, (_key, value) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
    if (typeof value.$buffer === 'string') return Buffer.from(value.$buffer, 'base64');
    if (Array.isArray(value.$map)) return new Map(value.$map);
    return value;
  });
}
