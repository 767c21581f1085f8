// Plain JavaScript: lib/server/serve.mjs runs under plain Node, outside Next.js's bundler.
import { fromHtml } from 'hast-util-from-html';
import { SKIP, visit } from 'unist-util-visit';

// What a browser runs as script: no type, a JavaScript MIME type, or a module. Anything else (the
// pages' application/ld+json) is a data block that crawlers read and browsers never run.
const SCRIPT_TYPES =
  /^(?:|module|(?:application|text)\/(?:x-)?(?:java|ecma)script|text\/(?:javascript1\.[0-5]|jscript|livescript))$/i;

/**
 * A page's HTML without Next.js's client runtime: every <script> a browser would run (the router and
 * React chunks, the inline copy of the page's data for hydration) and the <link>s that preload them.
 * The pages have no client components, so nothing on them needs it: links and the search form work as
 * plain HTML, which is also how every page is tested without JavaScript. Elements are found by parsing
 * the document as a browser does and cut out of the original text, so nothing else changes by a byte.
 * A page that streamed a Suspense fallback keeps its scripts: React's inline script reveals the content.
 * @param {string} html
 * @returns {string}
 * @example stripClientRuntime('<p>Hi</p><script src="/_next/a.js"></script>') // '<p>Hi</p>'
 */
export function stripClientRuntime(html) {
  const tree = fromHtml(html);
  /** @type {Array<[number, number]>} */
  const cuts = [];
  let keepAll = false;
  visit(tree, 'element', (node) => {
    if (node.tagName === 'template' && String(node.properties.id ?? '').startsWith('B:')) keepAll = true;
    if (!isClientRuntime(node)) return undefined;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    // Without both ends in the source the element cannot be cut cleanly: keep the page as it is.
    if (start === undefined || end === undefined) keepAll = true;
    else cuts.push([start, end]);
    return SKIP;
  });
  if (keepAll || cuts.length === 0) return html;
  let kept = '';
  let from = 0;
  for (const [start, end] of cuts) {
    kept += html.slice(from, start);
    from = end;
  }
  return kept + html.slice(from);
}

/** @param {import('hast').Element} node */
function isClientRuntime(node) {
  if (node.tagName === 'script') return SCRIPT_TYPES.test(String(node.properties.type ?? '').trim());
  if (node.tagName !== 'link') return false;
  const { rel: relValue } = node.properties;
  const rel = (Array.isArray(relValue) ? relValue : []).map((value) => String(value).toLowerCase());
  return rel.includes('modulepreload') || (rel.includes('preload') && node.properties.as === 'script');
}
