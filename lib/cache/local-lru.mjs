// Plain JavaScript: Next.js loads the cache handler at run time, outside the bundler.

/**
 * A least-recently-used map bounded by total size in bytes (the caller says how big each value is).
 * It keeps pages servable from this instance's memory while the shared cache is unreachable.
 */
export function createLocalLru(maxBytes) {
  const entries = new Map();
  let bytes = 0;

  function remove(key) {
    const entry = entries.get(key);
    if (!entry) return;
    entries.delete(key);
    bytes -= entry.size;
  }

  return {
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      // Re-inserting moves the key to the end: a Map iterates in insertion order, oldest first.
      entries.delete(key);
      entries.set(key, entry);
      return entry.value;
    },
    set(key, value, size) {
      remove(key);
      if (size > maxBytes) return;
      entries.set(key, { value, size });
      bytes += size;
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes) break;
        remove(oldest);
      }
    },
    delete(key) {
      remove(key);
    },
    get size() {
      return entries.size;
    },
  };
}
