import { gzipSync } from 'node:zlib';

export interface PageWeight {
  htmlBytes: number;
  htmlGzipBytes: number;
  /** Every `<script src>` of the page, fetched and added up. */
  jsBytes: number;
  jsGzipBytes: number;
  scripts: number;
  /** Bytes of inline `<script>` elements a browser runs (Next's flight data among them), raw; JSON-LD is data. */
  inlineScriptBytes: number;
  /** The Content-Encoding the server chose when offered gzip and brotli, or "none". */
  encoding: string;
  cacheControl: string;
}

/**
 * Weighs a page as a first visit downloads it: the HTML and its external scripts, raw and gzipped
 * (gzip level 6, as servers usually send it), whatever compression the server itself applies.
 */
export async function measurePageWeight(url: string): Promise<PageWeight> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip, br' } });
  const html = Buffer.from(await response.arrayBuffer());
  const text = html.toString('utf8');
  const sources = [
    ...new Set(
      [...text.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]?.replace(/&amp;/g, '&') ?? ''),
    ),
  ].filter(Boolean);
  const scripts = await Promise.all(
    sources.map(async (src) => Buffer.from(await (await fetch(new URL(src, url))).arrayBuffer())),
  );
  const inline = [
    ...text.matchAll(
      /<script\b(?![^>]*\bsrc=)(?![^>]*\btype="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g,
    ),
  ].reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ''), 0);
  return {
    htmlBytes: html.length,
    htmlGzipBytes: gzipSync(html).length,
    jsBytes: scripts.reduce((sum, b) => sum + b.length, 0),
    jsGzipBytes: scripts.reduce((sum, b) => sum + gzipSync(b).length, 0),
    scripts: scripts.length,
    inlineScriptBytes: inline,
    encoding: response.headers.get('content-encoding') ?? 'none',
    cacheControl: response.headers.get('cache-control') ?? '',
  };
}
