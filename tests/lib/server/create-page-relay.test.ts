import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createPageRelay } from '@/lib/server/create-page-relay.mjs';
import { NOT_FOUND_PATH } from '@/lib/server/not-found-path.mjs';
import type { NextResponse } from '@/lib/server/start-internal-origin.mjs';

const html = (status: number, body: string): NextResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  rawHeaders: ['Content-Type', 'text/html; charset=utf-8'],
  body: Buffer.from(body),
});
const SHELL =
  '<!DOCTYPE html><html id="__next_error__"><head></head><body><div hidden=""></div><script>self.__next_f.push([1,"404 page"])</script></body></html>';
const NOT_FOUND_PAGE =
  '<!DOCTYPE html><html lang="en"><body><h1>Not found</h1><script src="/_next/a.js"></script></body></html>';
const request = { url: '/news/a.b', headers: {} } as IncomingMessage;

/** A stand-in for Next.js: `pages` by path, recording what was asked for with which request. */
function next(pages: Record<string, NextResponse>) {
  const asked: [IncomingMessage, string][] = [];
  const fetchFromNext = async (req: IncomingMessage, path = req.url!) => {
    asked.push([req, path]);
    return pages[path] ?? html(500, 'unexpected');
  };
  return { fetchFromNext, asked };
}

describe('createPageRelay', () => {
  it("answers Next.js's empty 404 shell with the site's 404 page, asked for with the same request", async () => {
    const { fetchFromNext, asked } = next({
      '/news/a.b': html(404, SHELL),
      [NOT_FOUND_PATH]: html(404, NOT_FOUND_PAGE),
    });
    const response = await createPageRelay(fetchFromNext, { clientRuntime: 'none' })(request);
    expect([response.status, response.body.toString()]).toEqual([
      404,
      '<!DOCTYPE html><html lang="en"><body><h1>Not found</h1></body></html>',
    ]);
    expect(asked).toEqual([
      [request, '/news/a.b'],
      [request, NOT_FOUND_PATH],
    ]);
  });

  it('keeps the client runtime with clientRuntime "next", and still replaces the shell', async () => {
    const { fetchFromNext } = next({
      '/news/a.b': html(404, SHELL),
      [NOT_FOUND_PATH]: html(404, NOT_FOUND_PAGE),
    });
    const response = await createPageRelay(fetchFromNext, { clientRuntime: 'next' })(request);
    expect(response.body.toString()).toBe(NOT_FOUND_PAGE);
  });

  it('leaves full 404 pages, and a shell whose replacement did not answer 404, as they are', async () => {
    const full = next({ '/news/a.b': html(404, NOT_FOUND_PAGE) });
    await expect(
      createPageRelay(full.fetchFromNext, { clientRuntime: 'next' })(request),
    ).resolves.toMatchObject({
      body: Buffer.from(NOT_FOUND_PAGE),
    });
    expect(full.asked).toHaveLength(1);
    const broken = next({ '/news/a.b': html(404, SHELL), [NOT_FOUND_PATH]: html(500, 'oops') });
    const response = await createPageRelay(broken.fetchFromNext, { clientRuntime: 'next' })(request);
    expect([response.status, response.body.toString()]).toEqual([404, SHELL]);
  });
});
