import { readdir } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

const base = () => inject('baseUrl');

/** Sends a raw HTTP/1.1 request, so paths and headers reach the server exactly as written. */
async function raw(request: string): Promise<{ status: number; head: string; body: string }> {
  const { hostname, port } = new URL(base());
  const socket = net.connect(Number(port), hostname);
  const chunks: Buffer[] = [];
  socket.on('data', (chunk: Buffer) => chunks.push(chunk));
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => socket.write(request));
    socket.once('end', resolve);
    socket.once('close', () => resolve());
    socket.once('error', reject);
    socket.setTimeout(15_000, () => reject(new Error('no answer within 15 s')));
  });
  const text = Buffer.concat(chunks).toString('latin1');
  const [head = '', body = ''] = text.split('\r\n\r\n', 2);
  return { status: Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0), head, body };
}

const get = (target: string, headers: Record<string, string> = {}) =>
  raw(
    `GET ${target} HTTP/1.1\r\n${Object.entries({
      Host: new URL(base()).host,
      Connection: 'close',
      ...headers,
    })
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('')}\r\n`,
  );

const host = () => new URL(base()).host;
// A news story, so /business/<slug> is the same story asked for under the wrong section.
const NEWS_SLUG = 'northern-rail-fares-freeze';

/** The value of a header in a raw response head, or undefined. */
const headerIn = (head: string, name: string) => new RegExp(`^${name}: *(.*)$`, 'im').exec(head)?.[1]?.trim();

/** Whether the scripts a browser would run are absent from a page, JSON-LD aside. */
const hasRunnableScript = (html: string) =>
  [...html.matchAll(/<script\b([^>]*)>/gi)].some(
    (match) => !/type="application\/ld\+json"/.test(match[1] ?? ''),
  );

describe('hostile requests get a 4xx or the 404 page, never a 500 or a file outside the site', () => {
  it.each([
    '/../../../../etc/passwd',
    '/..%2f..%2f..%2fetc%2fpasswd',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/..%252f..%252fetc%252fpasswd',
    '/news/..%5c..%5cwindows%5cwin.ini',
    '/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd',
    '/_next/static/..%2f..%2f..%2fpackage.json',
    '/_next/image?url=/etc/passwd&w=640&q=75',
    '/_next/image?url=http://169.254.169.254/&w=640&q=75',
    '/news/%00',
    '/news/a%00b',
    '/%',
    '/news/%E0%A4%A',
    `/${'a'.repeat(8_000)}`,
    `/search?q=${'%F0%9F%92%A9'.repeat(2_000)}`,
    '/search?q=%',
    '/search?q[]=a&q[]=b&page=-1',
    '/search?page=1e309',
    '/tags/%3Cscript%3Ealert(1)%3C%2Fscript%3E',
    '/authors/constructor',
    '/authors/__proto__',
    '/archive/9999999999999999999/01',
    '/news/page/99999999999999999999999',
    '/feed.xml/..',
  ])('%s', async (target) => {
    const { status, head, body } = await get(target);
    expect(status, head).toBeGreaterThanOrEqual(200);
    expect(status, head).toBeLessThan(500);
    expect(body).not.toMatch(/root:x:0:0|"name": "newsroom"|\[fonts\]/);
    expect(body).not.toMatch(/<script>alert\(1\)<\/script>/);
  });

  it.each([
    ['odd Host', { Host: 'evil.example' }],
    ['Host with a path', { Host: 'localhost/../../' }],
    [
      'x-middleware-subrequest',
      { 'x-middleware-subrequest': 'middleware:middleware:middleware:middleware:middleware' },
    ],
    [
      'x-middleware-subrequest for proxy',
      { 'x-middleware-subrequest': 'src/proxy:proxy:proxy:proxy:proxy:proxy' },
    ],
    ['garbage router state tree', { RSC: '1', 'Next-Router-State-Tree': '%%%not-json' }],
    [
      'huge router state tree',
      { RSC: '1', 'Next-Router-State-Tree': encodeURIComponent(JSON.stringify(Array(2000).fill(['', {}]))) },
    ],
    [
      'prefetch with garbage',
      { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/../../x' },
    ],
    ['forged forwarded host', { 'X-Forwarded-Host': 'evil.example', 'X-Forwarded-Proto': 'javascript' }],
  ])('%s', async (_, headers) => {
    const { status, head, body } = await get('/news', headers);
    expect(status, head).toBeLessThan(500);
    expect(head + body).not.toContain('evil.example');
  });

  it('does not let x-middleware-subrequest skip the proxy that turns bad escapes into 404s', async () => {
    const { status } = await get('/news/%E0%A4%A', {
      'x-middleware-subrequest': 'proxy:proxy:proxy:proxy:proxy',
    });
    expect(status).toBe(404);
  });

  it('answers CRLF in the path without splitting the response', async () => {
    const { status, head } = await raw(
      `GET /news%0d%0aSet-Cookie:%20pwned=1 HTTP/1.1\r\nHost: ${new URL(base()).host}\r\nConnection: close\r\n\r\n`,
    );
    expect(status).toBeLessThan(500);
    expect(head).not.toMatch(/^Set-Cookie: pwned/im);
  });

  it('refuses methods the site does not serve', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS']) {
      const { status, head } = await raw(
        `${method} /news HTTP/1.1\r\nHost: ${new URL(base()).host}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`,
      );
      expect(status, method).toBe(405);
      expect(head).toMatch(/^Allow: GET, HEAD$/im);
    }
  });

  it('answers TRACE with 405 and never echoes the request back (cross-site tracing)', async () => {
    const { status, head, body } = await raw(
      `TRACE /news HTTP/1.1\r\nHost: ${new URL(base()).host}\r\nCookie: secret=1\r\nConnection: close\r\n\r\n`,
    );
    expect(status).toBe(405);
    expect(head).toMatch(/^Allow: GET, HEAD$/im);
    expect(body).not.toContain('secret=1');
  });

  it('answers OPTIONS * with 405, and a target that is neither a path nor a URL with 400', async () => {
    const options = await raw(`OPTIONS * HTTP/1.1\r\nHost: ${host()}\r\nConnection: close\r\n\r\n`);
    expect(options.status).toBe(405);
    expect(options.head).toMatch(/^Allow: GET, HEAD$/im);
    for (const target of ['*', 'news', 'ftp://evil.example/news', 'http://user@evil.example/news'])
      expect({ target, status: (await get(target)).status }).toEqual({ target, status: 400 });
  });

  it('answers 400 to two Host headers, even when both name this site', async () => {
    for (const second of ['evil.example', host()]) {
      const { status } = await raw(
        `GET /news HTTP/1.1\r\nHost: ${host()}\r\nHost: ${second}\r\nConnection: close\r\n\r\n`,
      );
      expect({ second, status }).toEqual({ second, status: 400 });
    }
  });

  it('serves an absolute URL as its path, the page a path gets', async () => {
    const byPath = await get('/news');
    const byUrl = await get(`http://${host()}/news`);
    expect([byUrl.status, byUrl.body]).toEqual([200, byPath.body]);
  });

  describe.each([
    ['a path', (target: string) => get(target)],
    ['an absolute URL naming another host', (target: string) => get(`http://evil.example${target}`)],
    ['an https URL naming another host', (target: string) => get(`https://evil.example:8443${target}`)],
    ['another Host', (target: string) => get(target, { Host: 'evil.example' })],
    ['a forwarded host', (target: string) => get(target, { 'X-Forwarded-Host': 'evil.example' })],
  ])('redirects asked for with %s stay on the host that was asked', (_, ask) => {
    it.each([
      ['/page/1', '/'],
      ['/news/', '/news'],
      [`/business/${NEWS_SLUG}`, `/news/${NEWS_SLUG}`],
    ])('%s', async (target, destination) => {
      const { status, head, body } = await ask(target);
      expect(status, head).toBe(308);
      // A path alone: the browser resolves it against the address it asked for, never another host.
      expect(headerIn(head, 'Location')).toBe(destination);
      expect(head + body).not.toContain('evil.example');
    });
  });

  it('answers requests carrying router headers or a Range with the page a plain GET gets', async () => {
    const plain = await get('/news');
    expect(plain.status).toBe(200);
    const variants: Array<Record<string, string>> = [
      { Range: 'bytes=0-99' },
      { Range: 'bytes=0-99', 'If-Range': headerIn(plain.head, 'ETag') ?? '"x"' },
      { 'Next-Router-Prefetch': '1' },
      { RSC: '1' },
      { 'Next-Router-State-Tree': encodeURIComponent(JSON.stringify(['', { children: ['news', {}] }])) },
      { 'Next-Url': '/news' },
      { 'Next-Router-Segment-Prefetch': '/_tree' },
      { 'Next-Action': '0123456789abcdef' },
      { RSC: '1', 'Next-Router-Prefetch': '1', 'Next-Router-Segment-Prefetch': '/_tree' },
    ];
    for (const headers of variants) {
      const { status, head, body } = await get('/news', headers);
      const policy = headerIn(head, 'Content-Security-Policy') ?? '';
      expect({ headers, status }).toEqual({ headers, status: 200 });
      expect(headerIn(head, 'Content-Type')).toMatch(/^text\/html/);
      expect(policy).toContain("script-src 'none'");
      expect(policy).not.toMatch(/script-src[^;]*'(?:self|unsafe-inline)'/);
      expect(hasRunnableScript(body)).toBe(false);
      expect(body).toBe(plain.body);
    }
  });

  it('refuses methods the HTTP parser does not know (TRACK, garbage) with a 4xx', async () => {
    for (const method of ['TRACK', 'FOO', 'G\u0000ET']) {
      const { status } = await raw(
        `${method} /news HTTP/1.1\r\nHost: ${new URL(base()).host}\r\nConnection: close\r\n\r\n`,
      );
      expect(status, method).toBeGreaterThanOrEqual(400);
      expect(status, method).toBeLessThan(500);
    }
  });
});

describe('security headers', () => {
  const expectCommonHeaders = (response: Response) => {
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('x-powered-by')).toBeNull();
    // Plain HTTP on loopback: HSTS would be meaningless here.
    expect(response.headers.get('strict-transport-security')).toBeNull();
  };

  it.each(['/', '/news', '/no-such-page', '/search?q=rail', `/news/${NEWS_SLUG}`])(
    'are on the page %s',
    async (url) => {
      const response = await fetch(`${base()}${url}`);
      expect(response.headers.get('content-type')).toMatch(/^text\/html/);
      const csp = response.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("default-src 'self'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("base-uri 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("script-src 'none'");
      expect(csp).not.toMatch(/https?:|\*/);
      expect(csp).not.toContain("'unsafe-eval'");
      expectCommonHeaders(response);
    },
  );

  /** Whether a policy lets no script run: script-src, or failing that default-src, is 'none'. */
  const allowsNoScript = (policy: string) => {
    const directives = new Map(
      policy
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .filter(([name]) => name)
        .map(([name = '', ...values]) => [name.toLowerCase(), values.join(' ')]),
    );
    return (
      (directives.get('script-src') ?? directives.get('default-src')) === "'none'" &&
      directives.has('sandbox')
    );
  };

  it.each([
    '/feed.xml',
    '/atom.xml',
    '/feed.json',
    '/news/feed.xml',
    '/authors/amara-okafor/feed.json',
    '/sitemap.xml',
    '/sitemaps/sitemap/0.xml',
    '/news-sitemap.xml',
    '/robots.txt',
    '/manifest.webmanifest',
    '/icon.png',
    '/apple-icon.png',
    '/images/calder-valley-flood-defences.jpg',
    '/news/opengraph-image',
    `/news/${NEWS_SLUG}/opengraph-image`,
    '/_next/image?url=%2Fimages%2Fcalder-valley-flood-defences.jpg&w=640&q=75',
    '/_next/static/not-there.js',
  ])('let no script run in %s, which is not a page', async (url) => {
    const response = await fetch(`${base()}${url}`);
    expect(response.status, url).toBe(url.includes('not-there') ? 404 : 200);
    if (response.status === 200) expect(response.headers.get('content-type')).not.toMatch(/^text\/html/);
    expect(allowsNoScript(response.headers.get('content-security-policy') ?? '')).toBe(true);
    expectCommonHeaders(response);
  });

  it('let no script run in build files, whole or in part', async () => {
    const dist = path.resolve(import.meta.dirname, '../../.next/static/chunks');
    const files = (await readdir(dist)).filter((name) => /\.(?:js|css)$/.test(name)).slice(0, 3);
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      for (const headers of [{}, { Range: 'bytes=0-9' }] as Array<Record<string, string>>) {
        const response = await fetch(`${base()}/_next/static/chunks/${file}`, { headers });
        expect([file, response.status]).toEqual([file, 'Range' in headers ? 206 : 200]);
        expect(allowsNoScript(response.headers.get('content-security-policy') ?? '')).toBe(true);
      }
    }
  });

  it('keeps the stricter policy Next.js gives optimised images', async () => {
    const response = await fetch(
      `${base()}/_next/image?url=%2Fimages%2Fliverpool-research-hub.jpg&w=640&q=75`,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toMatch(/script-src 'none'.*sandbox/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('sends HSTS when the request came over HTTPS through a proxy', async () => {
    const response = await fetch(`${base()}/`, { headers: { 'X-Forwarded-Proto': 'https' } });
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
  });
});
