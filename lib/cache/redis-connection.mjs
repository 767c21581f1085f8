// Plain JavaScript: Next.js loads the cache handler at run time, outside the bundler.
import { createClient } from '@redis/client';

// Every page view waits on a cache lookup, so a slow or missing Redis must cost milliseconds, not the
// request: fail fast, serve from memory or render, and try Redis again shortly.
const CONNECT_TIMEOUT_MS = 1_000;
const COMMAND_TIMEOUT_MS = 500;
const MAX_RECONNECT_DELAY_MS = 2_000;
// After a failed or timed-out command, requests skip Redis for this long. node-redis's own timeout only
// covers commands not yet written, so a hung server would otherwise collect one stuck command per request.
const PAUSE_AFTER_FAILURE_MS = 1_000;

/** @typedef {ReturnType<typeof createRedisClient>} RedisClient */
/**
 * @typedef {object} Logger
 * @property {(message: string) => void} error
 * @property {(message: string) => void} info
 */
/**
 * @typedef {object} RedisConnection
 * @property {Promise<unknown>} settled Resolves once the first connection attempt succeeded, failed or took too long.
 * @property {() => boolean} isAvailable Whether a command is worth trying now.
 * @property {<T>(command: (client: RedisClient) => Promise<T>) => Promise<T>} run
 * @property {(channel: string, listener: (message: string) => void) => void} subscribe
 * @property {() => void} close
 */

/**
 * Connects to Redis in the background and keeps reconnecting by itself. Commands run through `run`,
 * which fails fast while Redis is unreachable. An outage is logged once when it starts and once when it
 * ends, never once per request.
 * @param {string} url
 * @param {{ log?: Logger, now?: () => number }} [options]
 * @returns {RedisConnection}
 */
export function connectRedis(url, { log = console, now = Date.now } = {}) {
  const where = describe(url);
  let down = false;
  let pausedUntil = 0;

  const client = createRedisClient(url);

  /** @param {unknown} error */
  function reportDown(error) {
    if (down) return;
    down = true;
    log.error(
      `[redis-cache] Redis at ${where} is unreachable (${error instanceof Error ? error.message : String(error)}); serving from this instance's memory and reconnecting.`,
    );
  }

  function reportUp() {
    if (!down) return;
    down = false;
    log.info(`[redis-cache] Redis at ${where} is back; the cache is shared again.`);
  }

  client.on('error', reportDown);
  client.on('ready', reportUp);
  const connecting = client.connect().catch(reportDown);
  // Next.js creates the cache handler on the first request: that request waits for the connection
  // (a few milliseconds), rather than missing the shared cache, but never longer than a connect timeout.
  const settled = Promise.race([
    connecting,
    new Promise((resolve) => setTimeout(resolve, CONNECT_TIMEOUT_MS).unref()),
  ]);
  /** @type {RedisClient[]} */
  const subscribers = [];

  return {
    /** Resolves once the first connection attempt succeeded, failed or took too long. */
    settled,
    /** Whether a command is worth trying now. */
    isAvailable: () => client.isReady && now() >= pausedUntil,
    /** Runs `command(client)` with a short timeout; a failure marks an outage and pauses Redis use. */
    async run(command) {
      /** @type {NodeJS.Timeout | undefined} */
      let timer;
      /** @type {Promise<never>} */
      const timeout = new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`no answer within ${COMMAND_TIMEOUT_MS} ms`)),
          COMMAND_TIMEOUT_MS,
        );
      });
      try {
        const result = await Promise.race([command(client), timeout]);
        reportUp();
        return result;
      } catch (error) {
        pausedUntil = now() + PAUSE_AFTER_FAILURE_MS;
        reportDown(error);
        throw error;
      } finally {
        clearTimeout(timer);
      }
    },
    /**
     * Calls `listener(message)` for each message published on `channel`, over a second connection
     * (a subscribed one can send nothing else) that reconnects and resubscribes by itself.
     */
    subscribe(channel, listener) {
      const subscriber = client.duplicate();
      // The main connection reports outages; this one would only repeat them.
      subscriber.on('error', () => {});
      subscriber
        .connect()
        .then(() => subscriber.subscribe(channel, listener))
        .catch(() => {});
      subscribers.push(subscriber);
    },
    /** Closes the connections for good (tests and shutdown). */
    close() {
      for (const subscriber of subscribers) subscriber.destroy();
      client.destroy();
    },
  };
}

/** @param {string} url */
function createRedisClient(url) {
  return createClient({
    url,
    // Without this, commands sent while disconnected wait in a queue until Redis is back.
    disableOfflineQueue: true,
    socket: {
      connectTimeout: CONNECT_TIMEOUT_MS,
      reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, MAX_RECONNECT_DELAY_MS),
    },
  });
}

/**
 * The host and port of a Redis URL, without its password, for log lines.
 * @param {string} url
 */
function describe(url) {
  try {
    const { host } = new URL(url);
    return host || url;
  } catch {
    return 'REDIS_URL';
  }
}
