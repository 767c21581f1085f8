import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { LIVE_REFRESH_HASH, LIVE_REFRESH_SCRIPT } from '@/lib/live/live-refresh-script.mjs';
import { noScriptPolicy, withoutClientRuntime } from '@/lib/server/without-client-runtime.mjs';

const POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'";

function response(contentType: string, body: string) {
  const rawHeaders = [
    'Content-Security-Policy',
    POLICY,
    'Content-Type',
    contentType,
    'ETag',
    '"abc"',
    'Content-Length',
    String(Buffer.byteLength(body)),
    'Set-Cookie',
    'a=1',
    'Set-Cookie',
    'b=2',
  ];
  const headers = {
    'content-security-policy': POLICY,
    'content-type': contentType,
    etag: '"abc"',
    'content-length': String(Buffer.byteLength(body)),
    'set-cookie': ['a=1', 'b=2'],
  };
  return { status: 200, headers, rawHeaders, body: Buffer.from(body) };
}

describe('withoutClientRuntime', () => {
  it('sends a page without its scripts, with its own length and tag, under a policy that runs no script', () => {
    const page = response('text/html; charset=utf-8', '<p>Café</p><script src="/_next/a.js"></script>');
    const result = withoutClientRuntime(page);
    expect(result.body.toString()).toBe('<p>Café</p>');
    const policy = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'";
    expect(result.rawHeaders).toEqual([
      'Content-Security-Policy',
      policy,
      'Content-Type',
      'text/html; charset=utf-8',
      'ETag',
      '"abc-html"',
      'Set-Cookie',
      'a=1',
      'Set-Cookie',
      'b=2',
      'Content-Length',
      '12',
    ]);
    expect(result.headers).toMatchObject({
      'content-security-policy': policy,
      etag: '"abc-html"',
      'content-length': '12',
      'set-cookie': ['a=1', 'b=2'],
    });
  });

  it('leaves other responses, and pages with nothing to cut, as they are', () => {
    for (const untouched of [
      response('application/javascript', '<script></script>'),
      response('application/xml', '<rss><script src="/a.js"></script></rss>'),
      response('text/html', '<p>No script</p>'),
    ])
      expect(withoutClientRuntime(untouched)).toBe(untouched);
  });
});

it('cuts each of many pages right when the same ones come back, as the 404 page does', () => {
  const pages = Array.from(
    { length: 40 },
    (_, i) => `<p>Page ${i}</p><script>self.__next_f.push([${i}])</script>`,
  );
  for (let round = 0; round < 3; round++)
    for (const [i, page] of pages.entries())
      expect(withoutClientRuntime(response('text/html', page)).body.toString()).toBe(`<p>Page ${i}</p>`);
});

describe('noScriptPolicy', () => {
  it("replaces every script directive with script-src 'none' and keeps the rest", () => {
    expect(
      noScriptPolicy("default-src 'self'; script-src-elem 'self'; SCRIPT-SRC-ATTR 'unsafe-inline';"),
    ).toBe("default-src 'self'; script-src 'none'");
    expect(noScriptPolicy("default-src 'self'")).toBe("default-src 'self'; script-src 'none'");
  });
});

describe('the live page’s script', () => {
  it('is the one script kept, and the page’s policy allows it alone, by its hash', () => {
    const html = `<p>Live</p><script src="/_next/a.js"></script><script>${LIVE_REFRESH_SCRIPT}</script><script>alert(1)</script>`;
    const result = withoutClientRuntime(response('text/html', html));
    expect(result.body.toString()).toBe(`<p>Live</p><script>${LIVE_REFRESH_SCRIPT}</script>`);
    expect(result.headers['content-security-policy']).toBe(
      `default-src 'self'; style-src 'self' 'unsafe-inline'; script-src ${LIVE_REFRESH_HASH}`,
    );
    // Any change to it, however small, and it is cut like any other script.
    const altered = withoutClientRuntime(
      response('text/html', `<p>x</p><script>${LIVE_REFRESH_SCRIPT} </script>`),
    );
    expect(altered.body.toString()).toBe('<p>x</p>');
    expect(altered.headers['content-security-policy']).toMatch(/script-src 'none'$/);
  });

  it('stays under 2 KB gzipped', () => {
    expect(gzipSync(LIVE_REFRESH_SCRIPT).length).toBeLessThanOrEqual(2048);
  });
});
