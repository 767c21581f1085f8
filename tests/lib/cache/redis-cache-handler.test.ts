import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_CHANGED_TAG } from '@/lib/cache/content-changed.mjs';
import RedisCacheHandler from '@/lib/cache/redis-cache-handler.mjs';
import { connectRedis } from '@/lib/cache/redis-connection.mjs';
import { createSharedCache } from '@/lib/cache/shared-cache.mjs';
import { type ContentChange, onContentChanged, processValue } from '@/lib/state/process-state.mjs';
import { type RedisServer, startRedis } from '../../support/redis-server';

// This process is one instance, through the handler Next.js would create; a second shared cache on
// the same keys plays another instance.
let redis: RedisServer;
const heard: ContentChange[] = [];
const quiet = { error() {}, info() {} };

beforeAll(async () => {
  redis = await startRedis();
  process.env.REDIS_URL = redis.url;
  process.env.REDIS_KEY_PREFIX = 'handler-test';
  onContentChanged((change) => heard.push(change));
});
afterAll(async () => {
  processValue('redis-cache', () => ({ close: () => {} })).close();
  delete process.env.REDIS_URL;
  delete process.env.REDIS_KEY_PREFIX;
  await redis?.stop();
});

describe('RedisCacheHandler', () => {
  it('shares one cache among the handlers Next.js creates, and announces another instance’s content change', async () => {
    const handler = new RedisCacheHandler({ serverDistDir: '/nowhere/server' });
    expect(new RedisCacheHandler({ serverDistDir: '/nowhere/server' }).cache).toBe(handler.cache);
    await handler.get('/news/a'); // connects, and subscribes to the content channel

    const connection = connectRedis(redis.url, { log: quiet });
    try {
      const other = createSharedCache({
        redis: connection,
        entryPrefix: 'handler-test:unknown-build:',
        tagsKey: 'handler-test:tags',
        maxLocalBytes: 1024,
      });
      await new Promise((resolve) => setTimeout(resolve, 200)); // let the subscription connect
      await other.revalidateTags([CONTENT_CHANGED_TAG]);
      const deadline = Date.now() + 5_000;
      while (heard.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
      expect(heard).toEqual([{ source: 'redis' }]);
    } finally {
      connection.close();
    }
  });
});
