import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { encodeEntry } from '@/lib/cache/cache-entry-codec.mjs';
import { CONTENT_CHANGED_TAG, changedArticlePath } from '@/lib/cache/content-changed.mjs';
import { connectRedis, type RedisConnection } from '@/lib/cache/redis-connection.mjs';
import { createSharedCache } from '@/lib/cache/shared-cache.mjs';
import { type RedisServer, startRedis } from '../../support/redis-server';

// Two "instances" in one process: each has its own connection, memory copy and content reloads.
let redis: RedisServer;
const connections: RedisConnection[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});
afterEach(async () => {
  for (const connection of connections.splice(0)) connection.close();
  if (!(await isListening())) await redis.start();
});

async function isListening(): Promise<boolean> {
  const probe = connectRedis(redis.url, { log: { error() {}, info() {} } });
  try {
    await until(() => probe.isAvailable(), 1_000);
    return true;
  } catch {
    return false;
  } finally {
    probe.close();
  }
}

let prefixCounter = 0;

/** `count` instances sharing a fresh key prefix; the one at index `deaf` never hears published messages. */
function instances(count: number, { deaf = -1 } = {}) {
  const prefix = `test${++prefixCounter}`;
  return Array.from({ length: count }, (_, i) => {
    const log = { errors: [] as string[], infos: [] as string[] };
    const connection = connectRedis(redis.url, {
      log: { error: (m) => log.errors.push(m), info: (m) => log.infos.push(m) },
    });
    connections.push(connection);
    const reloads = { count: 0, slugs: [] as (string[] | undefined)[] };
    const cache = createSharedCache({
      redis: i === deaf ? { ...connection, subscribe: () => {} } : connection,
      entryPrefix: `${prefix}:build:`,
      tagsKey: `${prefix}:tags`,
      maxLocalBytes: 1024 * 1024,
      onContentChanged: (slugs) => {
        reloads.count++;
        reloads.slugs.push(slugs);
      },
    });
    return { cache, connection, log, reloads };
  });
}

async function until(condition: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const page = (title: string, path = '/news/fares') => ({
  kind: 'APP_PAGE',
  html: `<h1>${title}</h1>`,
  rscData: Buffer.from(title),
  headers: { 'x-next-cache-tags': `_N_T_/layout,_N_T_/[section]/[slug]/page,_N_T_${path}` },
  segmentData: new Map([['/_tree', Buffer.from('tree')]]),
});

describe('createSharedCache over a real Redis', () => {
  it('serves an entry written by one instance to another, with its lifetime', async () => {
    const [a, b] = instances(2);
    await until(() => a!.connection.isAvailable() && b!.connection.isAvailable());
    await a!.cache.set('/news/fares', page('Fares frozen'), {
      cacheControl: { revalidate: 60, expire: 3600 },
    });
    const entry = await b!.cache.get('/news/fares');
    expect(entry?.value).toEqual(page('Fares frozen'));
    expect(entry?.cacheControl).toEqual({ revalidate: 60, expire: 3600 });
    expect(await b!.cache.get('/news/other')).toBeNull();
  });

  it('misses on every instance once one of the entry’s tags is revalidated, and only then', async () => {
    const [a, b] = instances(2);
    await until(() => a!.connection.isAvailable() && b!.connection.isAvailable());
    await a!.cache.set('/news/fares', page('Fares frozen'));
    await a!.cache.set('/news/buses', page('Bus cuts', '/news/buses'));
    expect(await b!.cache.get('/news/fares')).not.toBeNull(); // b now also holds a copy in memory
    await new Promise((resolve) => setTimeout(resolve, 2)); // a revalidation must come after the write
    await a!.cache.revalidateTags(['_N_T_/news/fares']);
    expect(await b!.cache.get('/news/fares')).toBeNull();
    expect(await a!.cache.get('/news/fares')).toBeNull();
    expect(await b!.cache.get('/news/buses')).not.toBeNull();
    await b!.cache.set('/news/fares', page('Fares frozen, again'));
    expect((await a!.cache.get('/news/fares'))?.value).toEqual(page('Fares frozen, again'));
  });

  it('tells the other instances at once, not the one that revalidated, to reload their content', async () => {
    const [a, b] = instances(2);
    await until(() => a!.connection.isAvailable() && b!.connection.isAvailable());
    await new Promise((resolve) => setTimeout(resolve, 200)); // let b's subscription connect
    await a!.cache.revalidateTags([CONTENT_CHANGED_TAG, '_N_T_/news/fares']);
    await until(() => b!.reloads.count === 1); // published: b reloads before any request reaches it
    await b!.cache.get('/anything');
    await a!.cache.get('/anything');
    expect(b!.reloads.count).toBe(1);
    expect(a!.reloads.count).toBe(0);
  });

  it('tells them which articles the publish named, and stores no tag for them', async () => {
    const [a, b] = instances(2);
    await until(() => a!.connection.isAvailable() && b!.connection.isAvailable());
    await new Promise((resolve) => setTimeout(resolve, 200)); // let b's subscription connect
    const named = ['fares', 'ćwiczenia'].map((slug) => `_N_T_${changedArticlePath(slug)}`);
    await a!.cache.revalidateTags([...named, CONTENT_CHANGED_TAG, '_N_T_/news/fares']);
    await until(() => b!.reloads.count === 1);
    expect(b!.reloads.slugs).toEqual([['fares', 'ćwiczenia']]);
    const stored = await a!.connection.run((client) => client.hKeys(`test${prefixCounter}:tags`));
    expect(stored.sort()).toEqual([CONTENT_CHANGED_TAG, '_N_T_/news/fares'].sort());
  });

  it('hears a message of the time alone, as an earlier build sends it, as a change to every file', async () => {
    const [a, b] = instances(2);
    await until(() => a!.connection.isAvailable() && b!.connection.isAvailable());
    await new Promise((resolve) => setTimeout(resolve, 200));
    const channel = `test${prefixCounter}:tags:content-changed`;
    await a!.connection.run((client) => client.publish(channel, String(Date.now() + 1_000)));
    await until(() => b!.reloads.count === 1);
    expect(b!.reloads.slugs).toEqual([undefined]);
  });

  it('makes an instance that missed the message reload at its next lookup, before it renders', async () => {
    const [a, deaf] = instances(2, { deaf: 1 });
    await until(() => a!.connection.isAvailable() && deaf!.connection.isAvailable());
    await new Promise((resolve) => setTimeout(resolve, 2));
    await a!.cache.revalidateTags([CONTENT_CHANGED_TAG]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(deaf!.reloads.count).toBe(0);
    expect(await deaf!.cache.get('/news/fares')).toBeNull(); // a miss still checks, before Next.js renders
    expect(deaf!.reloads.count).toBe(1);
    expect(deaf!.reloads.slugs).toEqual([undefined]); // with no slugs: every file is stamped
    await deaf!.cache.get('/news/fares');
    expect(deaf!.reloads.count).toBe(1);
  });

  it('keeps answering from memory while Redis is down, logs the outage once, and resumes sharing', async () => {
    const [a, b] = instances(2);
    await until(() => a!.connection.isAvailable() && b!.connection.isAvailable());
    await a!.cache.set('/news/fares', page('Fares frozen'));
    await a!.cache.set('/news/buses', page('Bus cuts', '/news/buses'));

    await redis.stop();
    await until(() => !a!.connection.isAvailable());
    for (let i = 0; i < 20; i++)
      expect((await a!.cache.get('/news/fares'))?.value).toEqual(page('Fares frozen'));
    expect(await b!.cache.get('/news/fares')).toBeNull(); // b never held it: Next.js renders afresh
    await b!.cache.set('/news/fares', page('Rendered by b alone'));
    expect((await b!.cache.get('/news/fares'))?.value).toEqual(page('Rendered by b alone'));
    // A revalidation during the outage applies here at once and reaches Redis when it is back.
    await new Promise((resolve) => setTimeout(resolve, 2));
    await a!.cache.revalidateTags(['_N_T_/news/buses']);
    expect(await a!.cache.get('/news/buses')).toBeNull();
    expect(a!.log.errors).toHaveLength(1);
    expect(a!.log.errors[0]).toMatch(/^\[redis-cache\] Redis at 127\.0\.0\.1:\d+ is unreachable/);

    await redis.start();
    await until(() => a!.connection.isAvailable() && b!.connection.isAvailable());
    expect(a!.log.errors).toHaveLength(1);
    expect(a!.log.infos).toEqual([expect.stringMatching(/is back; the cache is shared again/)]);
    // The restarted Redis is empty: a miss everywhere, then shared again after one instance renders.
    expect(await a!.cache.get('/news/fares')).toBeNull();
    await a!.cache.set('/news/fares', page('Fares frozen'));
    expect((await b!.cache.get('/news/fares'))?.value).toEqual(page('Fares frozen'));
    // The tag revalidated during the outage was sent with a's first lookup after reconnecting.
    const probe = instances(1)[0]!;
    await until(() => probe.connection.isAvailable());
    expect(
      await probe.connection.run((client) =>
        client.hGet(`test${prefixCounter - 1}:tags`, '_N_T_/news/buses'),
      ),
    ).toMatch(/^\d+$/);
  });

  it('does not hang on a Redis that accepts connections but never answers', async () => {
    const [a] = instances(1);
    await until(() => a!.connection.isAvailable());
    await a!.cache.set('/news/fares', page('Fares frozen'));
    redis.freeze(true);
    try {
      expect((await a!.cache.get('/news/fares'))?.value).toEqual(page('Fares frozen'));
      expect((await a!.cache.get('/news/fares'))?.value).toEqual(page('Fares frozen'));
      await a!.cache.set('/news/buses', page('Bus cuts', '/news/buses'));
      expect(a!.log.errors).toEqual([expect.stringMatching(/no answer within \d+ ms/)]);
    } finally {
      redis.freeze(false);
    }
  });
});

describe("createSharedCache's memory copy, without Redis", () => {
  const budgetFor = (entries: number) =>
    entries * encodeEntry({ lastModified: Date.now(), value: page('Fares frozen') }).length;

  it('drops the least recently used pages once its byte budget is spent', async () => {
    const cache = createSharedCache({ entryPrefix: 'p:', tagsKey: 't', maxLocalBytes: budgetFor(2.5) });
    await cache.set('/a', page('Fares frozen'));
    await cache.set('/b', page('Fares frozen'));
    expect(await cache.get('/a')).not.toBeNull(); // now /b is the least recently used
    await cache.set('/c', page('Fares frozen'));
    expect(await cache.get('/b')).toBeNull();
    expect(await cache.get('/a')).not.toBeNull();
    expect(await cache.get('/c')).not.toBeNull();
  });

  it('keeps the newest copy of a page, and nothing with a budget of 0', async () => {
    const cache = createSharedCache({ entryPrefix: 'p:', tagsKey: 't', maxLocalBytes: budgetFor(1.5) });
    await cache.set('/a', page('Fares frozen'));
    await cache.set('/a', page('Fares thawed'));
    expect((await cache.get('/a'))?.value).toEqual(page('Fares thawed'));
    const off = createSharedCache({ entryPrefix: 'p:', tagsKey: 't', maxLocalBytes: 0 });
    await off.set('/a', page('Fares frozen'));
    expect(await off.get('/a')).toBeNull();
  });
});
