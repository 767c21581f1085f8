import { describe, expect, it } from 'vitest';
import { fillFromNext } from '@/lib/server/fill-from-next.mjs';
import type { IncomingMessage } from 'node:http';

const request = { url: '/search?q=rail', headers: {} } as IncomingMessage; // fillFromNext reads nothing else
const answer = (status: number, headers: Record<string, string>) => async () => ({
  status,
  headers,
  rawHeaders: Object.entries(headers).flat(),
  body: Buffer.from('<p>results</p>'.repeat(200)),
});
const options = { ttlMs: 1000, staleCapMs: 60_000, now: () => 5 };

describe('fillFromNext', () => {
  it('keeps a private page proxy.ts marks as the same for every reader, for the microcache lifetime only', async () => {
    const marked = {
      'cache-control': 'private, no-cache, no-store',
      'x-briefly-shared': '1',
      'content-type': 'text/html',
    };
    const outcome = await fillFromNext(answer(200, marked), request, options);
    expect(outcome.entry).toMatchObject({ status: 200, freshMs: 1000, staleLimitMs: 1000 });
    // The mark is the server's business, never the reader's.
    expect(outcome.entry?.variants.identity?.heads.HIT.map((h) => h.toLowerCase())).not.toContain(
      'x-briefly-shared',
    );
  });

  it('keeps no private page without the mark, nor a marked page that sets a cookie or fails', async () => {
    const privately = { 'cache-control': 'private, no-store' };
    expect((await fillFromNext(answer(200, privately), request, options)).entry).toBeUndefined();
    const cookie = { ...privately, 'x-briefly-shared': '1', 'set-cookie': 'a=b' };
    expect((await fillFromNext(answer(200, cookie), request, options)).entry).toBeUndefined();
    expect(
      (await fillFromNext(answer(500, { 'x-briefly-shared': '1' }), request, options)).entry,
    ).toBeUndefined();
  });
});
