import { describe, expect, it } from 'vitest';
import { forwardedHeaders } from '@/lib/server/forwarded-headers.mjs';

describe('forwardedHeaders', () => {
  it("keeps the client's headers and asks for the uncompressed body", () => {
    const headers = forwardedHeaders(
      {
        host: 'news.example',
        'accept-encoding': 'gzip, br',
        'user-agent': 'Browser/1',
        'x-forwarded-proto': 'https',
        'x-forwarded-for': '203.0.113.9',
      },
      '127.0.0.1',
    );
    expect(headers).toEqual({
      host: 'news.example',
      'accept-encoding': 'identity',
      'user-agent': 'Browser/1',
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '203.0.113.9',
    });
  });

  it("gives the client's address as X-Forwarded-For when it sent none", () => {
    expect(forwardedHeaders({ host: 'h' }, '192.0.2.4')['x-forwarded-for']).toBe('192.0.2.4');
  });

  it('drops hop-by-hop, conditional and range headers', () => {
    const headers = forwardedHeaders(
      {
        host: 'h',
        connection: 'keep-alive, x-forwarded-proto',
        'keep-alive': 'timeout=5',
        'if-none-match': '"a"',
        'if-modified-since': 'Fri, 27 Nov 2026 08:00:00 GMT',
        range: 'bytes=0-1',
        'x-forwarded-proto': 'https',
      },
      undefined,
    );
    expect(headers).toEqual({ host: 'h', 'accept-encoding': 'identity', 'x-forwarded-proto': 'https' });
  });
});
