import { convertKnownTag, inlinePostLink } from './convert-known-tag';
import { shown, type Scan, type TagFamily } from './tag-scan';
import { blockIn, readTagArgs } from './template-blocks';

const KNOWN = 'youtube, vimeo, tweet, x, instagram, figure, highlight, ref and relref';

/**
 * Hugo's shortcodes, `{{< name args >}}` and `{{% name args %}}`: embeds and figures (see
 * convertKnownTag), `highlight` to fenced code, `ref`/`relref` to the target's old address, the
 * escaped form (a comment inside the brackets) to its literal text; any other is removed and reported as `unknown-shortcode`
 * (a paired one keeps the text between its tags).
 */
export const hugoShortcodes: TagFamily = {
  start: /\{\{[<%]/,
  read(scan, index) {
    const { text } = scan;
    const open = text.slice(index, index + 3);
    const mark = open === '{{<' ? '>}}' : '%}}';
    const close = scan.find(mark, index + 3)?.start;
    if (close === undefined) return undefined;
    const end = close + 3;
    const raw = text.slice(index, end);
    const inner = text.slice(index + 3, close).trim();
    if (inner.startsWith('/*') && inner.endsWith('*/')) {
      scan.inline(`${open} ${inner.slice(2, -2).trim()} ${mark}`);
      return end;
    }
    // A closing tag of a paired shortcode: its opening tag was reported.
    if (inner.startsWith('/')) return end;
    const name = /^[\w./-]+/.exec(inner)?.[0] ?? '';
    const args = readTagArgs(inner.slice(name.length));
    if (name === 'highlight') return readHighlight(scan, index, end, args.positional[0] ?? '');
    if (name === 'ref' || name === 'relref') {
      inlinePostLink(scan, index, raw, args.named.path ?? args.positional[0] ?? '', 'shortcode-converted');
      return end;
    }
    if (convertKnownTag(scan, index, raw, name, args, 'shortcode')) return end;
    const paired = scan.find(new RegExp(`\\{\\{[<%]\\s*/${name.replace(/[.]/g, '\\.')}\\s*[>%]\\}\\}`), end);
    scan.report(
      index,
      'fix',
      'unknown-shortcode',
      `expected a shortcode the importer converts (${KNOWN}), found ${shown(raw)}; ${paired ? 'its tags were removed and the text between them kept' : 'it was removed'}: add by hand what it showed`,
    );
    return end;
  },
};

function readHighlight(scan: Scan, index: number, end: number, language: string): number {
  const close = scan.find(/\{\{[<%]\s*\/highlight\s*[>%]\}\}/, end);
  if (!close) return end;
  scan.block(blockIn(scan.ctx.html).code(language, scan.text.slice(end, close.start)));
  scan.report(
    index,
    'note',
    'shortcode-converted',
    `{{< highlight ${language} >}} became a fenced code block`,
  );
  return close.end;
}
