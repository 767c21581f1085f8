// Plain JavaScript: Next.js loads the cache handler at run time, outside the bundler.
import { LRUCache } from 'lru-cache';
import { decodeEntry, encodeEntry } from './cache-entry-codec.mjs';
import { CONTENT_CHANGED_TAG, changedArticleOf } from './content-changed.mjs';
import { entryTags, isInvalidated } from './entry-tags.mjs';

// Only ever raise a tag's time: an instance flushing revalidations it queued during an outage must not
// undo a later one from another instance.
const RAISE_TAG_TIMES = `
for i, tag in ipairs(ARGV) do
  if i % 2 == 1 then
    local current = tonumber(redis.call('HGET', KEYS[1], tag) or '0')
    if current < tonumber(ARGV[i + 1]) then redis.call('HSET', KEYS[1], tag, ARGV[i + 1]) end
  end
end
return 0`;

/** @typedef {import('./redis-connection.mjs').RedisConnection} RedisConnection */
/** @typedef {{ revalidate?: number | false, expire?: number }} EntryCacheControl */
/**
 * @typedef {object} SharedCacheEntry
 * @property {number} lastModified
 * @property {unknown} value
 * @property {EntryCacheControl} [cacheControl]
 * @property {string[]} tags
 */
/**
 * @typedef {object} SharedCache
 * @property {(key: string, lookupTags?: readonly string[]) => Promise<SharedCacheEntry | null>} get
 * @property {(key: string, value: unknown, options?: { cacheControl?: EntryCacheControl, tags?: string[] }) => Promise<void>} set
 * @property {(tags: readonly string[]) => Promise<void>} revalidateTags
 */

/**
 * A page cache shared by every instance through Redis, with this instance's memory as the fallback.
 * Entries live under `entryPrefix`; tag revalidation times live in one hash, `tagsKey`, and an entry
 * written before one of its tags was revalidated counts as a miss. Redis is the source of truth while it
 * answers; while it does not, lookups use the local copies and revalidations wait to be sent.
 *
 * A content change (CONTENT_CHANGED_TAG) calls `onContentChanged` on every other instance: at once
 * through a Redis channel, with the slugs the publish named (changedArticlePath), and, should that
 * message be missed, at the instance's next lookup, with none (every file is then stamped).
 * @param {object} options
 * @param {RedisConnection} [options.redis] None while building, or without REDIS_URL: memory alone.
 * @param {string} options.entryPrefix
 * @param {string} options.tagsKey
 * @param {number} options.maxLocalBytes
 * @param {(slugs?: string[]) => void} [options.onContentChanged]
 * @param {() => number} [options.now]
 * @returns {SharedCache}
 */
export function createSharedCache({
  redis,
  entryPrefix,
  tagsKey,
  maxLocalBytes,
  onContentChanged = () => {},
  now = Date.now,
}) {
  // This instance's copies, by the length of their Redis text: what keeps pages servable from memory
  // while Redis is unreachable. lru-cache refuses a budget of 0; 1 byte keeps nothing, as 0 asks.
  /** @type {LRUCache<string, SharedCacheEntry>} */
  const local = new LRUCache({ maxSize: Math.max(1, Math.floor(maxLocalBytes)) });
  /** @type {Map<string, number>} */
  const localTagTimes = new Map();
  /** @type {Map<string, number>} */
  const unsentTagTimes = new Map();
  /** @type {Set<string>} */
  const unsentSlugs = new Set();
  const contentChannel = `${tagsKey}:content-changed`;
  // The content this process has loaded is as new as the process.
  let contentSeenAt = now();
  redis?.subscribe(contentChannel, (message) => {
    const { time, slugs } = readContentMessage(message);
    noteContentTime(time, slugs);
  });

  /**
   * @param {string} tag
   * @param {number} time
   */
  function noteTagTime(tag, time) {
    if (time > (localTagTimes.get(tag) ?? 0)) localTagTimes.set(tag, time);
  }

  /**
   * @param {number} time
   * @param {string[]} [slugs]
   */
  function noteContentTime(time, slugs) {
    if (time <= contentSeenAt) return;
    contentSeenAt = time;
    onContentChanged(slugs);
  }

  /** @param {RedisConnection} redis */
  async function sendUnsentTagTimes(redis) {
    if (unsentTagTimes.size === 0) return;
    const pending = [...unsentTagTimes];
    const slugs = [...unsentSlugs];
    unsentTagTimes.clear();
    unsentSlugs.clear();
    try {
      await redis.run((client) =>
        client.eval(RAISE_TAG_TIMES, { keys: [tagsKey], arguments: pending.flat().map(String) }),
      );
      const contentTime = pending.find(([tag]) => tag === CONTENT_CHANGED_TAG)?.[1];
      if (contentTime)
        await redis.run((client) =>
          client.publish(contentChannel, JSON.stringify({ time: contentTime, slugs })),
        );
    } catch (error) {
      for (const [tag, time] of pending)
        unsentTagTimes.set(tag, Math.max(time, unsentTagTimes.get(tag) ?? 0));
      for (const slug of slugs) unsentSlugs.add(slug);
      throw error;
    }
  }

  /**
   * @param {RedisConnection} redis
   * @param {string} key
   * @param {readonly string[]} lookupTags
   * @returns {Promise<SharedCacheEntry | null>}
   */
  async function getShared(redis, key, lookupTags) {
    await sendUnsentTagTimes(redis);
    const text = await redis.run((client) => client.get(entryPrefix + key));
    // Under entryPrefix, only set() below writes: the text is a SharedCacheEntry it encoded.
    const entry = text ? /** @type {SharedCacheEntry} */ (decodeEntry(text)) : undefined;
    const tags = entry ? entryTags(entry.value, lookupTags) : [];
    const times = await redis.run((client) => client.hmGet(tagsKey, [CONTENT_CHANGED_TAG, ...tags]));
    noteContentTime(Number(times[0] ?? 0));
    tags.forEach((tag, i) => times[i + 1] && noteTagTime(tag, Number(times[i + 1])));
    if (!text || !entry || isInvalidated(entry.lastModified, times.slice(1))) return null;
    local.set(key, entry, { size: text.length });
    return entry;
  }

  /**
   * @param {string} key
   * @param {readonly string[]} lookupTags
   * @returns {SharedCacheEntry | null}
   */
  function getLocal(key, lookupTags) {
    const entry = local.get(key);
    if (!entry) return null;
    const times = entryTags(entry.value, lookupTags).map((tag) => localTagTimes.get(tag));
    return isInvalidated(entry.lastModified, times) ? null : entry;
  }

  return {
    /** The entry for `key`, or null for a miss (Next.js then renders); never throws. */
    async get(key, lookupTags = []) {
      await redis?.settled;
      if (redis?.isAvailable()) {
        try {
          return await getShared(redis, key, lookupTags);
        } catch {
          // Logged by the connection, once per outage; fall through to this instance's copy.
        }
      }
      return getLocal(key, lookupTags);
    },

    /** Stores an entry here and, when Redis answers, for every instance; never throws. */
    async set(key, value, { cacheControl, tags = [] } = {}) {
      /** @type {SharedCacheEntry} */
      const entry = { lastModified: now(), value, cacheControl, tags };
      const text = encodeEntry(entry);
      local.set(key, entry, { size: text.length });
      await redis?.settled;
      if (!redis?.isAvailable()) return;
      // Without an expiry, Redis would keep pages no one asks for; Next.js's own expire time bounds it.
      const expire = cacheControl?.expire;
      const options =
        typeof expire === 'number' && expire > 0 && Number.isFinite(expire)
          ? { EX: Math.ceil(expire) }
          : undefined;
      try {
        await redis.run((client) => client.set(entryPrefix + key, text, options));
      } catch {
        // Logged by the connection; the entry stays in this instance's memory.
      }
    },

    /** Marks every entry carrying one of `tags` as outdated, on every instance; never throws. */
    async revalidateTags(tags) {
      const time = now();
      for (const tag of tags) {
        const slug = changedArticleOf(tag);
        if (slug !== undefined) {
          unsentSlugs.add(slug);
          continue;
        }
        noteTagTime(tag, time);
        unsentTagTimes.set(tag, time);
      }
      // The caller reloaded this instance's content before revalidating; only the others need to.
      if (tags.includes(CONTENT_CHANGED_TAG)) contentSeenAt = Math.max(contentSeenAt, time);
      await redis?.settled;
      if (!redis?.isAvailable()) return;
      try {
        await sendUnsentTagTimes(redis);
      } catch {
        // Kept in unsentTagTimes and sent with the first lookup after Redis is back.
      }
    },
  };
}

/**
 * A content-changed message: `{"time": …, "slugs": […]}`, or, from an instance of an earlier build
 * during a rolling deploy, the time alone. No slugs, or a message not understood, means every file.
 * @param {string} message
 * @returns {{ time: number, slugs?: string[] }}
 */
function readContentMessage(message) {
  try {
    const value = JSON.parse(message);
    if (typeof value === 'number') return { time: value };
    const slugs =
      Array.isArray(value?.slugs) && value.slugs.every((/** @type {unknown} */ s) => typeof s === 'string')
        ? value.slugs
        : [];
    return { time: Number(value?.time), ...(slugs.length > 0 && { slugs }) };
  } catch {
    return { time: Number(message) };
  }
}
