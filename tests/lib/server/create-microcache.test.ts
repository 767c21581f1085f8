import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import type { StoredResponse } from '@/lib/server/build-stored-response.mjs';
import { createMicrocache, type FillOutcome } from '@/lib/server/create-microcache.mjs';

// The microcache only passes requests through to `fill`; a stand-in with a URL is enough here.
const request = (url = '/news/a') => ({ url }) as IncomingMessage;

function entryOf(body: string, filledAt: number, staleLimitMs = 60_000, freshMs = 1000): StoredResponse {
  // Only the fields the microcache reads; the HTTP layer's header lists are tested elsewhere.
  return {
    status: 200,
    filledAt,
    freshMs,
    staleLimitMs,
    size: body.length,
    variants: { identity: { body } },
  } as never;
}

/** A fill that waits until the test settles it, counting its calls. */
function controlledFill() {
  const pending: Array<(outcome: FillOutcome | Error) => void> = [];
  const fill = (_: IncomingMessage) =>
    new Promise<FillOutcome>((resolve, reject) =>
      pending.push((outcome) => (outcome instanceof Error ? reject(outcome) : resolve(outcome))),
    );
  return { fill, pending, settle: (outcome: FillOutcome | Error) => pending.shift()!(outcome) };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup(maxBytes = 1_000_000) {
  let clock = 0;
  const control = controlledFill();
  const cache = createMicrocache({
    fill: control.fill,
    maxBytes,
    passMs: 60_000,
    now: () => clock,
  });
  return { cache, control, advance: (ms: number) => (clock += ms), now: () => clock };
}

describe('createMicrocache', () => {
  it('shares one fill among concurrent misses, then answers from memory', async () => {
    const { cache, control } = setup();
    const first = request();
    const a = cache.fill('k', first);
    const b = cache.fill('k', request());
    expect(control.pending).toHaveLength(1);
    control.settle({ entry: entryOf('v1', 0) });
    const [resultA, resultB] = await Promise.all([a, b]);
    expect(resultA.entry?.variants.identity.body).toBe('v1');
    expect(resultB).toBe(resultA);
    expect(resultA.request).toBe(first);
    expect(cache.lookup('k', request())).toMatchObject({ state: 'HIT' });
  });

  it('serves a stale entry while exactly one refresh runs, then the refreshed one', async () => {
    const { cache, control, advance } = setup();
    void cache.fill('k', request());
    control.settle({ entry: entryOf('v1', 0) });
    await flush();
    advance(1500);
    expect(cache.lookup('k', request())).toMatchObject({
      state: 'STALE',
      entry: { variants: { identity: { body: 'v1' } } },
    });
    expect(cache.lookup('k', request())).toMatchObject({ state: 'STALE' });
    expect(control.pending).toHaveLength(1);
    control.settle({ entry: entryOf('v2', 1500) });
    await flush();
    expect(cache.lookup('k', request())).toMatchObject({
      state: 'HIT',
      entry: { variants: { identity: { body: 'v2' } } },
    });
  });

  it("keeps an entry fresh for as long as the entry says (an immutable file's stale limit)", async () => {
    const { cache, control, advance } = setup();
    void cache.fill('k', request());
    control.settle({ entry: entryOf('v1', 0, 60_000, 60_000) });
    await flush();
    advance(59_000);
    expect(cache.lookup('k', request())).toMatchObject({ state: 'HIT' });
    expect(control.pending).toHaveLength(0);
  });

  it('treats an entry past its stale limit as a miss', async () => {
    const { cache, control, advance } = setup();
    void cache.fill('k', request());
    control.settle({ entry: entryOf('v1', 0, 10_000) });
    await flush();
    advance(10_000);
    expect(cache.lookup('k', request())).toBeUndefined();
    expect(control.pending).toHaveLength(0);
  });

  it('keeps serving the stale entry when a refresh fails or Next.js answers 5xx', async () => {
    const { cache, control, advance } = setup();
    void cache.fill('k', request());
    control.settle({ entry: entryOf('v1', 0) });
    await flush();
    advance(1500);
    cache.lookup('k', request());
    control.settle(new Error('socket hang up'));
    await flush();
    cache.lookup('k', request());
    control.settle({ response: { status: 503, headers: {}, rawHeaders: [], body: Buffer.from('') } });
    await flush();
    expect(cache.lookup('k', request())).toMatchObject({
      state: 'STALE',
      entry: { variants: { identity: { body: 'v1' } } },
    });
  });

  it('drops the entry, and sends its path straight to Next.js, when the page stops being cacheable', async () => {
    const { cache, control, advance } = setup();
    void cache.fill('h\n\n/news/a', request());
    control.settle({ entry: entryOf('v1', 0) });
    await flush();
    advance(1500);
    cache.lookup('h\n\n/news/a', request());
    control.settle({ response: { status: 404, headers: {}, rawHeaders: [], body: Buffer.from('gone') } });
    await flush();
    expect(cache.lookup('h\n\n/news/a', request())).toBeUndefined();
    expect(cache.isPassed('h\n\n/news/a')).toBe(true);
    expect(cache.isPassed('h\n\n/news/a?utm=x')).toBe(true);
    expect(cache.isPassed('h\n\n/news/b')).toBe(false);
    advance(60_001);
    expect(cache.isPassed('h\n\n/news/a')).toBe(false);
  });

  it('does not keep what a fill brings back after clear()', async () => {
    const { cache, control } = setup();
    const before = cache.fill('k', request());
    cache.clear();
    const after = cache.fill('k', request());
    expect(control.pending).toHaveLength(2);
    control.settle({ entry: entryOf('old', 0) });
    expect((await before).entry?.variants.identity.body).toBe('old');
    expect(cache.lookup('k', request())).toBeUndefined();
    control.settle({ entry: entryOf('new', 0) });
    await after;
    expect(cache.lookup('k', request())?.entry.variants.identity.body).toBe('new');
  });

  it('forgets entries and remembered paths on clear()', async () => {
    const { cache, control } = setup();
    void cache.fill('a', request());
    control.settle({ entry: entryOf('v1', 0) });
    void cache.fill('b', request());
    control.settle({ response: { status: 200, headers: {}, rawHeaders: [], body: Buffer.from('private') } });
    await flush();
    expect(cache.isPassed('b')).toBe(true);
    cache.clear();
    expect(cache.lookup('a', request())).toBeUndefined();
    expect(cache.isPassed('b')).toBe(false);
  });

  it('remembers at most 10,000 passed paths, forgetting the least recently passed first', async () => {
    const { cache, control } = setup();
    const uncacheable = { response: { status: 200, headers: {}, rawHeaders: [], body: Buffer.from('') } };
    for (let i = 0; i <= 10_000; i++) {
      void cache.fill(`/search?q=${i}`.replace('?', `${i}?`), request());
      control.settle(uncacheable);
    }
    await flush();
    expect(cache.isPassed('/search0')).toBe(false);
    expect(cache.isPassed('/search1')).toBe(true);
    expect(cache.isPassed('/search10000')).toBe(true);
  });

  it('drops the least recently used entries past its byte budget', async () => {
    const { cache, control } = setup(15);
    for (const key of ['a', 'b']) {
      void cache.fill(key, request());
      control.settle({ entry: entryOf('123456789', 0) });
      await flush();
    }
    expect(cache.lookup('a', request())).toBeUndefined();
    expect(cache.lookup('b', request())).toMatchObject({ state: 'HIT' });
  });
});
