import { once } from 'node:events';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardRequest } from '@/lib/server/guard-request.mjs';

// A server that runs the guard, then echoes what a handler behind it would see.
let port = 0;
let clientRuntime: 'none' | 'next' = 'none';
const server = http.createServer((request, response) => {
  if (guardRequest(request, response, { clientRuntime })) return;
  const seen = JSON.stringify({ url: request.url, headers: request.headers, rawHeaders: request.rawHeaders });
  response.writeHead(200, { 'Content-Length': Buffer.byteLength(seen) }).end(seen);
});
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  port = (server.address() as AddressInfo).port; // listening on TCP, so the address is an object
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

/** Sends the request line and header lines exactly as written; resolves to the status and what the handler saw. */
function send(requestLine: string, headerLines: string[] = ['Host: site.example']) {
  return new Promise<{
    status: number;
    head: string;
    seen?: { url: string; headers: Record<string, string>; rawHeaders: string[] };
  }>((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () =>
      socket.write(`${requestLine}\r\n${[...headerLines, 'Connection: close'].join('\r\n')}\r\n\r\n`),
    );
    let text = '';
    socket.on('data', (chunk: Buffer) => (text += chunk.toString('latin1')));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head = '', body = ''] = text.split('\r\n\r\n', 2);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? 0);
      resolve({ status, head, seen: status === 200 ? JSON.parse(body) : undefined });
    });
  });
}

describe('guardRequest', () => {
  it('answers TRACE and OPTIONS * with 405, allowing GET and HEAD', async () => {
    for (const line of ['TRACE /news HTTP/1.1', 'OPTIONS * HTTP/1.1']) {
      const { status, head } = await send(line);
      expect({ line, status }).toEqual({ line, status: 405 });
      expect(head).toMatch(/^Allow: GET, HEAD$/im);
    }
  });

  it('answers 400 to a request target that is neither a path nor an absolute http(s) URL', async () => {
    for (const target of [
      '*',
      'news',
      'ftp://site.example/news',
      'http://user@evil.example/',
      'http:///news',
    ])
      expect({ target, status: (await send(`GET ${target} HTTP/1.1`)).status }).toEqual({
        target,
        status: 400,
      });
  });

  it('turns an absolute URL into its path, with its authority as the Host', async () => {
    const { seen } = await send('GET http://Evil.Example:8080/page/1?x=1 HTTP/1.1', ['Host: site.example']);
    expect(seen?.url).toBe('/page/1?x=1');
    expect(seen?.headers.host).toBe('Evil.Example:8080');
    expect(seen?.rawHeaders.filter((name) => name.toLowerCase() === 'host')).toHaveLength(1);
    expect((await send('GET https://site.example HTTP/1.1')).seen?.url).toBe('/');
    expect((await send('GET http://site.example?q=a HTTP/1.1')).seen?.url).toBe('/?q=a');
  });

  it('answers 400 unless an HTTP/1.1 request has exactly one valid Host', async () => {
    expect((await send('GET /news HTTP/1.1', ['Host: site.example', 'Host: evil.example'])).status).toBe(400);
    expect((await send('GET /news HTTP/1.1', ['Host: site.example', 'host: site.example'])).status).toBe(400);
    expect((await send('GET /news HTTP/1.1', [])).status).toBe(400);
    expect((await send('GET /news HTTP/1.1', ['Host: localhost/../../'])).status).toBe(400);
    expect((await send('GET /news HTTP/1.0', [])).status).toBe(200);
    expect((await send('GET /news HTTP/1.1', ['Host: [::1]:3000'])).status).toBe(200);
  });

  it('drops the router headers and Range from page requests when pages have no client runtime', async () => {
    const headers = [
      'Host: site.example',
      'RSC: 1',
      'Next-Router-State-Tree: %5B%5D',
      'Next-Router-Prefetch: 1',
      'Next-Router-Segment-Prefetch: /_tree',
      'Next-Url: /news',
      'Next-Action: abc',
      'Range: bytes=0-10',
      'If-Range: "x"',
      'Accept: text/html',
    ];
    const { seen } = await send('GET /news HTTP/1.1', headers);
    expect(Object.keys(seen?.headers ?? {}).sort()).toEqual(['accept', 'connection', 'host']);
    expect(seen?.rawHeaders).toEqual(['Host', 'site.example', 'Accept', 'text/html', 'Connection', 'close']);
    const file = await send('GET /_next/static/chunks/a.js HTTP/1.1', [
      'Host: site.example',
      'Range: bytes=0-10',
    ]);
    expect(file.seen?.headers.range).toBe('bytes=0-10');
  });

  it('leaves them to Next.js when it sends pages with its client runtime', async () => {
    clientRuntime = 'next';
    try {
      const { seen } = await send('GET /news HTTP/1.1', [
        'Host: site.example',
        'RSC: 1',
        'Range: bytes=0-10',
      ]);
      expect(seen?.headers).toMatchObject({ rsc: '1', range: 'bytes=0-10' });
    } finally {
      clientRuntime = 'none';
    }
  });
});
