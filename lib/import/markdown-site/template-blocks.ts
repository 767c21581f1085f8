import { parseEmbedUrl } from '../../embeds/embed-url';
import { markdownToText } from './plain-text';

/** The named and positional arguments of a shortcode, a Liquid tag or a component. */
export interface TagArgs {
  named: Record<string, string>;
  positional: string[];
}

const ARG =
  /([\w-]+)\s*=\s*("(?:[^"\\]|\\.)*"|'[^']*'|`[^`]*`|\{[^}]*\}|[^\s,)]+)|("(?:[^"\\]|\\.)*"|'[^']*'|`[^`]*`|[^\s,()]+)/g;

/**
 * Reads `id="x" caption='y' 42 "z"` into named and positional values, quotes removed.
 * @example readTagArgs('user="x" id=1').named // { user: 'x', id: '1' }
 */
export function readTagArgs(text: string): TagArgs {
  const args: TagArgs = { named: {}, positional: [] };
  for (const match of text.matchAll(ARG)) {
    if (match[1]) args.named[match[1]] = unquote(match[2] ?? '');
    else if (match[3]) args.positional.push(unquote(match[3]));
  }
  return args;
}

function unquote(value: string): string {
  if (/^(["'`]).*\1$/s.test(value)) return value.slice(1, -1).replace(/\\(["\\])/g, '$1');
  return value;
}

/**
 * The address of the video or post a shortcode names (`youtube`, `vimeo`, `tweet`/`x`/`twitter`,
 * `instagram`), when the site can show it as an embed card; undefined otherwise.
 * @example embedUrlOf('tweet', readTagArgs('user="x" id="1"')) // 'https://x.com/x/status/1'
 */
export function embedUrlOf(name: string, args: TagArgs): string | undefined {
  const value = (...keys: string[]) => keys.map((key) => args.named[key]).find(Boolean) ?? args.positional[0];
  const given = [...Object.values(args.named), ...args.positional].find((v) => parseEmbedUrl(v));
  const lower = name.toLowerCase().replace(/[^a-z]/g, '');
  const id =
    lower === 'tweet' || lower === 'x' || lower === 'twitter'
      ? (args.named.id ?? args.positional.at(-1))
      : value('id', 'videoid');
  let url: string | undefined;
  if (given) url = given;
  else if (!id) url = undefined;
  else if (lower === 'youtube') url = `https://www.youtube.com/watch?v=${id}`;
  else if (lower === 'vimeo') url = `https://vimeo.com/${id}`;
  else if (['tweet', 'x', 'twitter'].includes(lower))
    url = `https://x.com/${args.named.user ?? args.named.username ?? (args.positional.length > 1 ? args.positional[0] : 'i')}/status/${id}`;
  else if (lower === 'instagram') url = `https://www.instagram.com/p/${id}/`;
  return url && parseEmbedUrl(url) ? url : undefined;
}

/** True for the shortcode and include names embedUrlOf reads. */
export function isEmbedName(name: string): boolean {
  return /^(?:youtube|vimeo|tweet|x|twitter|instagram)(?:\.html?)?$/i.test(name);
}

/**
 * An image with its caption as this site writes a figure: `![alt](src "caption")`, alone in its
 * paragraph. The caption's Markdown is reduced to text (a Markdown title is plain).
 * @example figureMarkdown({ src: 'a b.jpg', alt: 'A', caption: '*Dusk*' }) // '![A](<a b.jpg> "Dusk")'
 */
export function figureMarkdown(image: { src: string; alt?: string; caption?: string }): string {
  const alt = (image.alt ?? '').replace(/([[\]\\])/g, '\\$1');
  const src = /[\s()<>]/.test(image.src) ? `<${image.src.replace(/[<>]/g, encodeURIComponent)}>` : image.src;
  const caption = image.caption ? markdownToText(image.caption) : '';
  return `![${alt}](${src}${caption ? ` "${caption.replace(/(["\\])/g, '\\$1')}"` : ''})`;
}

/**
 * A fenced code block holding `code` exactly, with a fence longer than any backtick run inside it.
 * @example fencedCode('go', 'x := 1') // '```go\nx := 1\n```'
 */
export function fencedCode(language: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language.replace(/[^\w+#.-]/g, '')}\n${code.replace(/^\n+|\n+$/g, '')}\n${fence}`;
}

/**
 * The blocks a converted tag writes, in the body's own format: Markdown (above), or for an HTML body
 * (Jekyll's imported `.html` posts) the HTML that the body's converter turns into the same Markdown.
 * @example blockIn(true).embed('https://vimeo.com/1') // '<p><a href="https://vimeo.com/1">https://vimeo.com/1</a></p>'
 */
export function blockIn(html: boolean) {
  return {
    embed: (url: string) => (html ? `<p><a href="${escapeHtml(url)}">${escapeHtml(url)}</a></p>` : url),
    code: (language: string, code: string) => {
      if (!html) return fencedCode(language, code);
      const name = language.replace(/[^\w+#.-]/g, '');
      return `<pre><code${name ? ` class="language-${name}"` : ''}>${escapeHtml(code.replace(/^\n+|\n+$/g, ''))}</code></pre>`;
    },
    figure: (image: { src: string; alt?: string; caption?: string }) => {
      if (!html) return figureMarkdown(image);
      const caption = image.caption ? markdownToText(image.caption) : '';
      return `<figure><img src="${escapeHtml(image.src)}" alt="${escapeHtml(image.alt ?? '')}">${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`;
    },
  };
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
