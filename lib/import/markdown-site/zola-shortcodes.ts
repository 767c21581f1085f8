import { convertKnownTag } from './convert-known-tag';
import { shown, type TagFamily } from './tag-scan';
import { readTagArgs } from './template-blocks';

const CALL = /^(\w+)\(([\s\S]*)\)$/;

/**
 * Zola's shortcodes, `{{ name(args) }}` and the paired `{% name(args) %}…{% end %}`: embeds and
 * figures (see convertKnownTag); any other is removed and reported as `unknown-shortcode`, a paired
 * one keeping its body. Braces that are no shortcode call stay as written.
 */
export const zolaShortcodes: TagFamily = {
  start: /\{\{|\{%/,
  read(scan, index) {
    const { text } = scan;
    const paired = text.startsWith('{%', index);
    const close = scan.find(paired ? '%}' : '}}', index + 2)?.start;
    if (close === undefined) return undefined;
    const end = close + 2;
    const raw = text.slice(index, end);
    const call = CALL.exec(text.slice(index + 2, close).trim());
    if (!call) return paired && /^\{%\s*end\s*%\}$/.test(raw) ? end : undefined;
    const [, name = '', argText = ''] = call;
    const args = readTagArgs(argText);
    if (!paired && convertKnownTag(scan, index, raw, name, args, 'shortcode')) return end;
    const body = paired ? scan.find(/\{%\s*end\s*%\}/, end) : undefined;
    scan.report(
      index,
      'fix',
      'unknown-shortcode',
      `expected a shortcode the importer converts (youtube, vimeo, tweet, instagram, figure), found ${shown(raw)}; ${body ? 'its tags were removed and the text between them kept' : 'it was removed'}: add by hand what it showed`,
    );
    return end;
  },
};
