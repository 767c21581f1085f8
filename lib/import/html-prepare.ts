import type { Reporter } from './html-tree';

// C0 controls but tab and newline, DEL, and the C1 controls: invisible, and they break feeds.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const CODE_SHORTCODE = /\[(sourcecode|code)((?:\s[^\]]*)?)\]([\s\S]*?)\[\/\1\]/gi;

/**
 * The body text as the HTML parser should see it: one kind of line ending, no control characters
 * (reported once), and SyntaxHighlighter's `[code lang="php"]…[/code]` as a `<pre><code>` block, before
 * the parser would read the code's `<tags>` as markup. Every newline is kept, so lines still match
 * the source file.
 */
export function prepareHtml(html: string, reporter: Reporter): string {
  const unified = html.replace(/\r\n?/g, '\n');
  const controls = [...unified.matchAll(CONTROL)];
  const first = controls[0];
  if (first)
    reporter.report(
      'note',
      'invisible-character',
      lineAt(unified, first.index),
      `${controls.length} control character${controls.length === 1 ? '' : 's'} (such as U+${first[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}) removed: they cannot be seen and break feeds`,
    );
  return unified
    .replace(CONTROL, '')
    .replace(CODE_SHORTCODE, (_all, _name: string, attributes: string, code: string) => {
      const lang = /(?:lang|language)\s*=\s*["']?([\w+#-]+)/i.exec(attributes)?.[1]?.toLowerCase();
      // `<` is escaped so the code stays text; entities are left for the parser, because the visual
      // editor saved code already escaped (`&lt;div&gt;`).
      const escaped = code.replace(/^\n/, '').replace(/</g, '&lt;');
      return `<pre><code${lang ? ` class="language-${lang}"` : ''}>${escaped}</code></pre>`;
    });
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (text[i] === '\n') line++;
  return line;
}
