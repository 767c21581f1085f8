import { describe, expect, it } from 'vitest';
import { stripClientRuntime } from '@/lib/server/strip-client-runtime.mjs';

// The shape of a page from Next.js 16: chunk scripts and their preloads in the head, the page's data
// pushed by inline scripts at the end of the body, the structured data in between.
const page = (body: string) =>
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/a.js"/>' +
  '<script src="/_next/static/chunks/b.js" async=""></script>' +
  '<script src="/_next/static/chunks/polyfills.js" noModule=""></script>' +
  '<link rel="stylesheet" href="/_next/static/chunks/c.css"/><title>T</title></head>' +
  `<body>${body}` +
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\u003c/script\\u003e"}</script>' +
  '<script id="_R_">(globalThis.TURBOPACK = globalThis.TURBOPACK || []).push([])</script>' +
  '<script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
  '<script>self.__next_f.push([1,"the body again"])</script></body></html>';

const expected = (body: string) =>
  '<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>' +
  '<link rel="stylesheet" href="/_next/static/chunks/c.css"/><title>T</title></head>' +
  `<body>${body}` +
  '<script type="application/ld+json">{"@type":"NewsArticle","headline":"\\u003c/script\\u003e"}</script>' +
  '</body></html>';

describe('stripClientRuntime', () => {
  it("cuts Next.js's scripts, inline data and script preloads, and leaves every other byte as it was", () => {
    const body = '<main><h1>Rail&amp;road 🚆 東京</h1><p class="x">Text <a href="/news">News</a></p></main>';
    expect(stripClientRuntime(page(body))).toBe(expected(body));
  });

  it('cuts every script a browser would run, by its type, and module preloads', () => {
    const scripts = [
      '<script type="module" src="/m.js"></script>',
      '<script type="text/javascript">1</script>',
      '<script type="application/ecmascript">1</script>',
      '<SCRIPT TYPE=" text/JavaScript ">1</SCRIPT>',
      '<link rel="modulepreload" href="/m.js">',
      '<link rel="preload" as="script" href="/s.js">',
      '<link rel="Preload" as="SCRIPT" href="/u.js">',
      '<script>1</script >',
    ].join('');
    expect(stripClientRuntime(page(`<p>a</p>${scripts}<p>b</p>`))).toBe(expected('<p>a</p><p>b</p>'));
  });

  it('keeps data blocks and other preloads', () => {
    const kept =
      '<script type="application/json" id="d">{"a":1}</script>' +
      '<link rel="preload" as="image" href="/a.jpg"><link rel="preload" as="font" href="/f.woff2" crossorigin>';
    expect(stripClientRuntime(page(kept))).toBe(expected(kept));
  });

  it('is not fooled by "<script" in text, attributes, comments or raw text', () => {
    const tricky =
      '<p title="<script>alert(1)</script>">&lt;script&gt;alert(1)&lt;/script&gt;</p>' +
      '<!-- <script>alert(1)</script> --><textarea><script>alert(1)</script></textarea>' +
      '<style>a::after{content:"<script>"}</style>';
    expect(stripClientRuntime(page(tricky))).toBe(expected(tricky));
  });

  it('keeps every script of a page that streamed a Suspense fallback: React reveals the content', () => {
    const streamed =
      '<!--$?--><template id="B:0"></template><p>Loading…</p><!--/$-->' +
      '<div hidden id="S:0"><p>Content</p></div><script>$RC("B:0","S:0")</script>';
    expect(stripClientRuntime(page(streamed))).toBe(page(streamed));
  });

  it('keeps a page whose script is never closed, which it cannot cut cleanly', () => {
    const html = '<!DOCTYPE html><html><head><title>T</title></head><body><p>Hi</p><script>let a = 1';
    expect(stripClientRuntime(html)).toBe(html);
  });

  it('reads a title as text, as a browser does', () => {
    const html =
      '<html><head><title>On &lt;script&gt; <script>tags</script></title></head><body>' +
      '<script src="/a.js"></script></body></html>';
    expect(stripClientRuntime(html)).toBe(
      '<html><head><title>On &lt;script&gt; <script>tags</script></title></head><body></body></html>',
    );
  });

  it('returns a page without scripts unchanged', () => {
    const html = '<!DOCTYPE html><html><head><title>T</title></head><body><p>Hi</p></body></html>';
    expect(stripClientRuntime(html)).toBe(html);
  });
});
