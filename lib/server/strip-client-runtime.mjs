// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

// What a browser runs as script: no type, a JavaScript MIME type, or a module. Anything else (the
// pages' application/ld+json) is a data block that crawlers read and browsers never run.
const SCRIPT_TYPES =
  /^(?:|module|(?:application|text)\/(?:x-)?(?:java|ecma)script|text\/(?:javascript1\.[0-5]|jscript|livescript))$/i;

/**
 * A page's HTML without Next.js's client runtime: every <script> a browser would run (the router and
 * React chunks, the inline copy of the page's data for hydration) and the <link>s that preload them.
 * The pages have no client components, so nothing on them needs it: links and the search form work as
 * plain HTML, which is also how every page is tested without JavaScript. Elements are found by
 * htmlparser2's tokenizer, which knows quoted attributes, comments and raw text (script, style,
 * title, textarea) as a browser does, and cut out of the original text, so nothing else changes by a
 * byte. (Building the whole tree with parse5, as browsers would, cost 8 ms of a 55 KB page: a fifth
 * of every search request; the tokenizer costs 0.6 ms. Should the two ever disagree on a page, the
 * policy's script-src 'none' still stops any script left in it.)
 * A page that streamed a Suspense fallback keeps its scripts: React's inline script reveals the content.
 * An inline script whose hash is in `keep` (a CSP source, `'sha256-…'`) stays: the site's own.
 * @param {string} html
 * @param {ReadonlySet<string>} [keep]
 * @returns {string}
 * @example stripClientRuntime('<p>Hi</p><script src="/_next/a.js"></script>') // '<p>Hi</p>'
 */
export function stripClientRuntime(html, keep = new Set()) {
  /** @type {Array<[number, number]>} */
  const cuts = [];
  let keepAll = false;
  /** @type {number | undefined} */
  let scriptStart;
  let scriptText = '';
  const parser = new Parser({
    ontext(text) {
      if (scriptStart !== undefined && keep.size > 0) scriptText += text;
    },
    onopentag(name, attributes) {
      if (name === 'template' && (attributes.id ?? '').startsWith('B:')) keepAll = true;
      if (name === 'script') {
        scriptStart = SCRIPT_TYPES.test((attributes.type ?? '').trim()) ? parser.startIndex : undefined;
        // A script with a src is never the site's own: its text cannot match any hash.
        scriptText = attributes.src === undefined ? '' : '\0';
      } else if (name === 'link' && isScriptPreload(attributes))
        cuts.push([parser.startIndex, tagEnd(html, parser.endIndex)]);
    },
    onclosetag(name, implied) {
      if (name !== 'script' || scriptStart === undefined) return;
      // A script the document never closes cannot be cut cleanly: keep the page as it is.
      if (implied) keepAll = true;
      // The site's own script, allowed by its hash, stays. The tokenizer's end is the tag's name
      // for `</script >`: the cut runs to its `>`.
      else if (!(keep.size > 0 && keep.has(hashOf(scriptText))))
        cuts.push([scriptStart, tagEnd(html, parser.endIndex)]);
      scriptStart = undefined;
    },
  });
  parser.end(html);
  if (keepAll || cuts.length === 0) return html;
  let kept = '';
  let from = 0;
  for (const [start, end] of cuts) {
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}

/** @param {string} text */
function hashOf(text) {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/**
 * @param {string} html
 * @param {number} at
 */
function tagEnd(html, at) {
  const close = html.indexOf('>', at);
  return close < 0 ? html.length : close + 1;
}

/** @param {Record<string, string>} attributes */
function isScriptPreload(attributes) {
  const rel = (attributes.rel ?? '').toLowerCase().split(/\s+/);
  return (
    rel.includes('modulepreload') || (rel.includes('preload') && attributes.as?.toLowerCase() === 'script')
  );
}
